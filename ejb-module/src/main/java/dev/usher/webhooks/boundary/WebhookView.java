package dev.usher.webhooks.boundary;

import dev.usher.webhooks.entity.WebhookSubscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription as listed; its secret is never shown again after creation. */
@Schema(name = "Webhook")
public record WebhookView(UUID id, String url, List<String> eventTypes, boolean active,
                          @Schema(description = "Why the server turned it off, if it did") String disabledReason,
                          OffsetDateTime createdAt) {

    public static WebhookView of(WebhookSubscription s) {
        return new WebhookView(s.id(), s.url(), s.eventTypes(), s.active(), s.disabledReason(), s.createdAt());
    }
}
