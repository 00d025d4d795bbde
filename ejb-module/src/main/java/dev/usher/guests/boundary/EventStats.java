package dev.usher.guests.boundary;

import java.util.List;
import java.util.Map;

/**
 * An event's guest statistics. {@code headcount} sums party sizes; {@code confirmedHeadcount}
 * sums them over confirmed guests only; rates are fractions between 0 and 1.
 */
public record EventStats(long total, long headcount, long confirmedHeadcount, Map<String, Long> byStatus,
                         List<SideStats> bySide, double confirmationRate, double responseRate) {

    /** The same numbers for one side; {@code side} is null for guests without one. */
    public record SideStats(String side, long total, long confirmed, long declined, long headcount,
                            long confirmedHeadcount) {
    }
}
