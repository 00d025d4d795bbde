package dev.usher.deliveries.control;

import dev.usher.deliveries.entity.DeliveryState;

/**
 * What a send does, given the record a run (a broadcast, a bulk send) already keeps for the same
 * recipient (at most one: unique indexes). Pure, so the rule is tested on its own.
 */
public enum SendDecision {
    /** No record yet: open one and send. */
    SEND_NEW,
    /** A record that never went out (queued, or failed): send it again on the same record. */
    SEND_AGAIN,
    /**
     * {@code sending}: a crash between handing the message over and hearing back left it in
     * doubt, and sending again could reach the guest twice. Left for an operator.
     */
    IN_DOUBT,
    /** Sent (or delivered, read, opened): done. */
    ALREADY_SENT;

    public static SendDecision given(DeliveryState existing) {
        if (existing == null) {
            return SEND_NEW;
        }
        return switch (existing) {
            case queued, failed -> SEND_AGAIN;
            case sending -> IN_DOUBT;
            case sent, delivered, read, opened -> ALREADY_SENT;
        };
    }

    /** Whether the message is handed over now. */
    public boolean sends() {
        return this == SEND_NEW || this == SEND_AGAIN;
    }
}
