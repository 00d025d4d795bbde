package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryState;

/**
 * What a broadcast does for a guest, given the record it already has for that guest (at most
 * one: a unique index on broadcast and guest). Pure, so the rule is tested on its own.
 */
public enum BroadcastAttempt {
    /** No record yet: open one and send. */
    SEND_NEW,
    /** A record that never went out (queued by the job, or failed): send it again. */
    SEND_AGAIN,
    /**
     * Sent, delivered, read; or {@code sending}: a crash between the call and its answer left
     * it in doubt, and sending again could reach the guest twice. Left as it is.
     */
    LEAVE;

    public static BroadcastAttempt decide(DeliveryState existing) {
        if (existing == null) {
            return SEND_NEW;
        }
        return switch (existing) {
            case queued, failed -> SEND_AGAIN;
            case sending, sent, delivered, read, opened -> LEAVE;
        };
    }
}
