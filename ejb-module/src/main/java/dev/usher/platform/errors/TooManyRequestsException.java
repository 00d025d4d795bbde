package dev.usher.platform.errors;

import java.time.Duration;
import java.util.Map;

/**
 * The caller has asked too often; it may try again after {@link #retryAfter()}. The web
 * module answers 429 with a {@code Retry-After} header in whole seconds.
 */
public class TooManyRequestsException extends UsherException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: a client told 0 would retry at once. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String type() {
        return "too-many-requests";
    }

    @Override
    public String title() {
        return "Too many requests";
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfterSeconds", retryAfterSeconds());
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds()));
    }
}
