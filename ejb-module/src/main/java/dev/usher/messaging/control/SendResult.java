package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.whatsapp.GraphApiError;

import java.util.UUID;

/** What a recorded send came to; every case names its ledger record. */
public sealed interface SendResult {

    UUID deliveryId();

    /** Meta accepted the message after {@code attempts} calls. */
    record Sent(UUID deliveryId, String messageId, int attempts) implements SendResult {
    }

    /** Meta refused or failed for good after {@code attempts} calls; the record is failed. */
    record Failed(UUID deliveryId, GraphApiError error, int attempts) implements SendResult {
    }

    /** The guest has no valid phone; the record is failed and nothing was sent. */
    record NoPhone(UUID deliveryId, String reason) implements SendResult {
    }

    /**
     * A broadcast reached this guest before: already sent (or further), or in doubt (left in
     * {@code sending} by a crash). Nothing was sent now, so a restart never sends twice.
     */
    record AlreadyHandled(UUID deliveryId, DeliveryState state) implements SendResult {
    }
}
