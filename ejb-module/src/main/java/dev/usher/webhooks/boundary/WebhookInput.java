package dev.usher.webhooks.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A new subscription as an admin asks for it; the server makes its secret. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @Schema(description = "Where deliveries are posted: https (http only to a loopback address, and only on a"
                + " server started with USHER_WEBHOOKS_ALLOW_LOOPBACK=true)")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The event types to receive: guest.rsvp_changed, checkin.admitted, checkin.undone,"
                + " invitation.sent, invitation.failed, invitation.opened, job.finished")
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Schema(defaultValue = "true") Boolean active) {
}
