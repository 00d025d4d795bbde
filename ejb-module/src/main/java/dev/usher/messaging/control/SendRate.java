package dev.usher.messaging.control;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Paces sends to at most {@code perSecond} per second (the Cloud API allows 80 per second
 * per number by default), letting a short burst of one second's worth through. A rate of 0
 * or less means no limit (benchmarks against a local stand-in). Thread-safe: the broadcasts
 * running at once on one business number share one (see {@link SendRates}), and a caller
 * waits its turn holding the lock, so the others queue behind it.
 */
public final class SendRate {

    private final double perSecond;
    private final LongSupplier clock;
    private final LongConsumer pause;
    private double tokens;
    private long last;

    public SendRate(double perSecond) {
        this(perSecond, System::nanoTime, LockSupport::parkNanos);
    }

    /** With its own clock and pause (nanoseconds), so the pacing can be checked without waiting. */
    SendRate(double perSecond, LongSupplier clock, LongConsumer pause) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.pause = pause;
        this.tokens = Math.max(perSecond, 1);
        this.last = clock.getAsLong();
    }

    public double perSecond() {
        return perSecond;
    }

    /** Waits, if needed, until one more send is allowed. */
    public synchronized void acquire() {
        if (perSecond <= 0) {
            return;
        }
        while (true) {
            long now = clock.getAsLong();
            tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1 - 1e-9) { // a token refilled to the nanosecond counts, rounding aside
                tokens = Math.max(0, tokens - 1);
                return;
            }
            pause.accept((long) Math.ceil((1 - tokens) / perSecond * TimeUnit.SECONDS.toNanos(1)));
        }
    }
}
