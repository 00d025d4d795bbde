package dev.usher.guests.boundary;

/** The few numbers an event card shows. {@code confirmationRate} is confirmed / total, 0 when empty. */
public record QuickStats(long guestTotal, long confirmed, long declined, long headcount, double confirmationRate) {

    public static final QuickStats EMPTY = new QuickStats(0, 0, 0, 0, 0.0);

    public static QuickStats of(long total, long confirmed, long declined, long headcount) {
        return new QuickStats(total, confirmed, declined, headcount, rate(confirmed, total));
    }

    static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
