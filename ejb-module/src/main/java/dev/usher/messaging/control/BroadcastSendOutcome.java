package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryState;

import java.util.UUID;

/**
 * What a broadcast's send to one guest came to: the ledger record and its state, whether a
 * message went to Meta now ({@code sentNow}; false when the broadcast had already reached the
 * guest), and the error when this guest alone could not be reached.
 */
public record BroadcastSendOutcome(UUID deliveryId, UUID guestId, DeliveryState state, boolean sentNow,
                                   String errorCode, String errorReason) {
}
