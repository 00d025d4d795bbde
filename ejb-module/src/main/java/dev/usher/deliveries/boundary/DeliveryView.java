package dev.usher.deliveries.boundary;

import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One outbound message and what became of it, as members see it. */
@Schema(name = "DeliveryView")
public record DeliveryView(
        UUID id,
        Channel channel,
        UUID eventId,
        UUID guestId,
        UUID invitationId,
        @Schema(description = "The broadcast (batch job) that sent it, if any") UUID broadcastId,
        @Schema(description = "E.164 phone number (WhatsApp) or e-mail address") String recipient,
        @Schema(description = "text or template (WhatsApp), invitation (e-mail)") String kind,
        @Schema(description = "The message as sent, placeholders filled in") JsonObject content,
        DeliveryState state,
        @Schema(description = "The provider's id, e.g. the WhatsApp message id (wamid...)") String providerMessageId,
        @Schema(description = "The provider's error code when failed, e.g. 131047") String errorCode,
        String errorReason,
        @Schema(description = "How many times it was handed to the provider") int attempts,
        UUID createdBy,
        OffsetDateTime queuedAt,
        OffsetDateTime sendingAt,
        OffsetDateTime sentAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "Read (WhatsApp) or opened (e-mail)") OffsetDateTime readAt,
        OffsetDateTime failedAt,
        OffsetDateTime updatedAt) {

    public static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.channel(), d.eventId(), d.guestId(), d.invitationId(), d.broadcastId(),
                d.recipient(), d.kind(), json(d.content()), d.state(), d.providerMessageId(), d.errorCode(),
                d.errorReason(), d.attempts(), d.createdBy(), d.queuedAt(), d.sendingAt(), d.sentAt(),
                d.deliveredAt(), d.readAt(), d.failedAt(), d.updatedAt());
    }

    private static JsonObject json(String content) {
        if (content == null || content.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            return reader.readObject();
        }
    }
}
