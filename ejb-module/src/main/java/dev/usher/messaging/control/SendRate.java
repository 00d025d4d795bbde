package dev.usher.messaging.control;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Paces sends to at most {@code perSecond} per second (the Cloud API allows 80 per second
 * per number by default), letting a short burst of one second's worth through. A rate of 0
 * or less means no limit (benchmarks against a local stand-in).
 */
public final class SendRate {

    private final double perSecond;
    private double tokens;
    private long last = System.nanoTime();

    public SendRate(double perSecond) {
        this.perSecond = perSecond;
        this.tokens = Math.max(perSecond, 1);
    }

    /** Waits, if needed, until one more send is allowed. */
    public void acquire() {
        if (perSecond <= 0) {
            return;
        }
        while (true) {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return;
            }
            LockSupport.parkNanos((long) ((1 - tokens) / perSecond * TimeUnit.SECONDS.toNanos(1)));
        }
    }
}
