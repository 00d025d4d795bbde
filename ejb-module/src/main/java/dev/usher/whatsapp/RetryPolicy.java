package dev.usher.whatsapp;

import java.time.Duration;

/**
 * How often and how patiently a send is retried when the provider throttles or fails:
 * at most {@code maxAttempts} calls, waiting {@code backoff}, then twice as long each time,
 * never more than {@link #MAX_WAIT}, or what the provider's Retry-After asks if that is longer
 * (within the same cap). No retry starts once {@link #BUDGET} would be passed, whatever the
 * number of attempts left: a send stays well inside its transaction's timeout (120 s).
 */
public record RetryPolicy(int maxAttempts, Duration backoff) {

    public static final Duration MAX_WAIT = Duration.ofSeconds(10);
    public static final Duration BUDGET = Duration.ofSeconds(60);

    /** The wait before call number {@code attempt} (2 for the first retry). */
    public Duration waitBefore(int attempt, Duration retryAfter) {
        if (attempt < 2) {
            return Duration.ZERO;
        }
        Duration exponential = backoff.multipliedBy(1L << Math.min(attempt - 2, 20));
        Duration wanted = retryAfter != null && retryAfter.compareTo(exponential) > 0 ? retryAfter : exponential;
        return wanted.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wanted;
    }

    /** Whether call {@code attempt + 1} may start, {@code elapsed} after the first began, after waiting {@code wait}. */
    public boolean allowsAnother(int attempt, Duration elapsed, Duration wait) {
        return attempt < maxAttempts && elapsed.plus(wait).compareTo(BUDGET) <= 0;
    }
}
