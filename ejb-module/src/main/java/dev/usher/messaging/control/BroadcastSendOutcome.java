package dev.usher.messaging.control;

import dev.usher.deliveries.control.SendDecision;
import dev.usher.deliveries.entity.DeliveryState;

import java.util.UUID;

/**
 * What a broadcast's send to one guest came to: the ledger record and its state, whether a
 * message went to Meta now ({@code sentNow}; false when the broadcast had already reached the
 * guest), and the error when this guest alone could not be reached.
 */
public record BroadcastSendOutcome(UUID deliveryId, UUID guestId, DeliveryState state, boolean sentNow,
                                   String errorCode, String errorReason) {

    /**
     * The name the broadcast job counts it under: a guest without a phone is skipped, not failed
     * (nothing was tried); a guest the broadcast had reached before is counted by the send
     * protocol's decision (in doubt, or already sent).
     */
    public String counter() {
        if (Outbound.NO_PHONE.equals(errorCode)) {
            return "no-phone";
        }
        if (!sentNow && state != DeliveryState.failed) {
            return SendDecision.given(state) == SendDecision.IN_DOUBT ? "in-doubt" : "already-sent";
        }
        return state == DeliveryState.failed ? "failed" : "sent";
    }
}
