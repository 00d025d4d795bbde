package dev.usher.messaging.control;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Paces sends on one business number to at most {@code perSecond} a second (the Cloud API allows 80
 * per second per number by default) over every server and broadcast: sends are taken from the
 * number's shared timeline ({@link SendSlots}) a few at a time (about 50 ms of it per reservation,
 * so a reservation is one database call however high the rate), then made one period apart. A rate
 * of 0 or less means no limit (benchmarks against a local stand-in). Thread-safe: the broadcasts of
 * one number in this server share one (see {@link SendRates}), and a caller waits its turn holding
 * the lock, so the others queue behind it.
 */
public final class SendRate {

    /** Where a rate reserves its sends: the number's shared timeline, or a test's. */
    @FunctionalInterface
    public interface Timeline {
        /** Reserves this many consecutive sends; answers how long from now the first may go. */
        Duration reserve(int slots);
    }

    private static final double RESERVATIONS_PER_SECOND = 20;

    private final double perSecond;
    private final int batch;
    private final long period;
    private final Timeline timeline;
    private final LongSupplier clock;
    private final LongConsumer pause;
    private long next;
    private int left;

    public SendRate(double perSecond, Timeline timeline) {
        this(perSecond, timeline, System::nanoTime, LockSupport::parkNanos);
    }

    /** With its own clock and pause (nanoseconds), so the pacing can be checked without waiting. */
    SendRate(double perSecond, Timeline timeline, LongSupplier clock, LongConsumer pause) {
        this.perSecond = perSecond;
        this.batch = (int) Math.max(1, Math.round(perSecond / RESERVATIONS_PER_SECOND));
        this.period = perSecond > 0 ? Math.round(TimeUnit.SECONDS.toNanos(1) / perSecond) : 0;
        this.timeline = timeline;
        this.clock = clock;
        this.pause = pause;
    }

    public double perSecond() {
        return perSecond;
    }

    /** How many sends one reservation takes from the shared timeline. */
    int batch() {
        return batch;
    }

    /** Forgets the sends reserved and not made yet (Meta throttled the number: they must wait too). */
    public synchronized void dropReserved() {
        left = 0;
    }

    /** Waits, if needed, until one more send is allowed. */
    public synchronized void acquire() {
        if (perSecond <= 0) {
            return;
        }
        if (left > 0 && clock.getAsLong() >= next + left * period) {
            left = 0; // past the end of what was reserved (an idle spell): that time is the timeline's again
        }
        if (left == 0) {
            next = clock.getAsLong() + timeline.reserve(batch).toNanos();
            left = batch;
        }
        for (long wait = next - clock.getAsLong(); wait > 0; wait = next - clock.getAsLong()) {
            pause.accept(wait); // parkNanos may return early: wait again for what is left
        }
        next += period;
        left--;
    }
}
