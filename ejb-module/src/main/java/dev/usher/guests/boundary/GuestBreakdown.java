package dev.usher.guests.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * An event's guests broken down by status and by side (the statistics page; the schema keeps
 * its published name). {@code headcount} sums party sizes; {@code confirmedHeadcount}
 * sums them over confirmed guests only; rates are fractions between 0 and 1.
 */
@Schema(name = "EventStats")
public record GuestBreakdown(long total, long headcount, long confirmedHeadcount, Map<String, Long> byStatus,
                         List<Side> bySide, double confirmationRate, double responseRate) {

    /** The same numbers for one side; {@code side} is null for guests without one. */
    @Schema(name = "SideStats")
    public record Side(String side, long total, long confirmed, long declined, long headcount,
                            long confirmedHeadcount) {
    }
}
