package dev.usher.webhooks.boundary;

import dev.usher.webhooks.entity.WebhookDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery of a subscription and where it stands. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        UUID id,
        @Schema(description = "The occurrence (the payload's id); a redelivery repeats it") UUID occurrenceId,
        String eventType,
        @Schema(description = "pending, sending, delivered or failed") String state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        @Schema(description = "The receiver's last HTTP status, if it answered") Integer lastStatus,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        @Schema(description = "The delivery this one repeats, if an admin asked for it again") UUID redeliveryOf,
        @Schema(description = "The JSON body posted") String payload) {

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id(), d.occurrenceId(), d.eventType(), d.state(), d.attempts(),
                d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(), d.finishedAt(), d.redeliveryOf(),
                d.payload());
    }
}
