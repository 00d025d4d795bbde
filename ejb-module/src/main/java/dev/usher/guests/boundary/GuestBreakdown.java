package dev.usher.guests.boundary;

import dev.usher.questions.entity.QuestionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event's guests broken down by status and by side (the statistics page; the schema keeps
 * its published name). {@code headcount} sums party sizes; {@code confirmedHeadcount} counts
 * the people coming: a household's members who said yes, or a confirmed guest's party size;
 * rates are fractions between 0 and 1. {@code byQuestion} counts the answers of those coming.
 */
@Schema(name = "EventStats")
public record GuestBreakdown(long total, long headcount, long confirmedHeadcount, Map<String, Long> byStatus,
                         List<Side> bySide, double confirmationRate, double responseRate,
                         List<QuestionCounts> byQuestion) {

    /** The same numbers for one side; {@code side} is null for guests without one. */
    @Schema(name = "SideStats")
    public record Side(String side, long total, long confirmed, long declined, long headcount,
                            long confirmedHeadcount) {
    }

    /**
     * One question's answers among those coming (members who said yes; the household's own
     * answers when someone of it comes): how many answered, and per option (a choice's options,
     * a dietary question's tags, yes and no) how many chose it. Free text is only counted.
     */
    @Schema(name = "QuestionStats")
    public record QuestionCounts(UUID questionId, String label, QuestionKind kind, long answered,
                                 Map<String, Long> byOption) {
    }
}
