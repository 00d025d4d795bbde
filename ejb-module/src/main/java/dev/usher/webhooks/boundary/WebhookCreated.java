package dev.usher.webhooks.boundary;

import dev.usher.webhooks.entity.WebhookSubscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answer to a creation: the only time the signing secret is shown. */
@Schema(name = "WebhookCreated")
public record WebhookCreated(UUID id, String url, List<String> eventTypes, boolean active, OffsetDateTime createdAt,
                             @Schema(description = "The HMAC-SHA256 key of the Usher-Signature header (its UTF-8"
                                     + " text); shown only now") String secret) {

    /** {@code secret} as made, not as stored (sealed, with USHER_SECRETS_KEY). */
    static WebhookCreated of(WebhookSubscription s, String secret) {
        return new WebhookCreated(s.id(), s.url(), s.eventTypes(), s.active(), s.createdAt(), secret);
    }
}
