package dev.usher.messaging.control;

import java.time.Duration;

/**
 * How often and how patiently a send is retried when the provider throttles or fails:
 * at most {@code maxAttempts} calls, waiting {@code backoff}, then twice as long each time,
 * never more than {@link #MAX_WAIT}, or what the provider's Retry-After asks if that is longer
 * (within the same cap). The cap keeps a send well inside its transaction's timeout.
 */
public record RetryPolicy(int maxAttempts, Duration backoff) {

    public static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** The wait before call number {@code attempt} (2 for the first retry). */
    public Duration waitBefore(int attempt, Duration retryAfter) {
        if (attempt < 2) {
            return Duration.ZERO;
        }
        Duration exponential = backoff.multipliedBy(1L << Math.min(attempt - 2, 20));
        Duration wanted = retryAfter != null && retryAfter.compareTo(exponential) > 0 ? retryAfter : exponential;
        return wanted.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wanted;
    }

    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }
}
