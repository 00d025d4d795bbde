package dev.usher.whatsapp;

import java.time.Duration;

/** What one call to the Cloud API came to: accepted under a message id, or an error. */
public sealed interface GraphReply {

    /** Meta took the message; {@code messageId} is its {@code wamid...}. */
    record Accepted(String messageId) implements GraphReply {
    }

    /** Meta refused or failed; {@code retryAfter} is its Retry-After header, if any. */
    record Rejected(GraphApiError error, Duration retryAfter) implements GraphReply {
    }
}
