package dev.usher.invitations.boundary;

import jakarta.validation.constraints.Future;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A code's expiry set by hand, without sending anything: a later or earlier instant, or none.
 * The event's default applies only at the first send, so clearing it here means "never".
 */
@Schema(name = "ExpiryChange", description = "The whole expiry: an instant, or null (or absent) for never")
public record ExpiryChange(
        @Schema(description = "When the code stops admitting (a future instant); null: it does not expire",
                nullable = true) @Future OffsetDateTime expiresAt) {
}
