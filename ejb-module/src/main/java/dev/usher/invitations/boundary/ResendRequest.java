package dev.usher.invitations.boundary;

import dev.usher.invitations.control.ExpiryRenewal;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.validation.constraints.Future;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * What a resend changes besides sending: by default nothing, the code keeps its expiry. The
 * organizer may renew it, to an instant of their choosing or to the event's default counted from
 * now, but not both at once.
 */
@Schema(name = "ResendRequest", description = "Optional; without it (or with neither field) the expiry is unchanged")
public record ResendRequest(
        @Schema(description = "Renew the code's expiry to this future instant") @Future OffsetDateTime expiresAt,
        @Schema(description = "Renew the code's expiry to the event's default (invitationExpiryDays) counted from "
                + "now; 422 when the event has none") Boolean renewExpiry) {

    /** The renewal asked for; a request naming both an instant and the default is refused naming renewExpiry. */
    public ExpiryRenewal renewal() {
        if (expiresAt != null && Boolean.TRUE.equals(renewExpiry)) {
            throw new InvalidInputException("renewExpiry", "give either expiresAt or renewExpiry, not both");
        }
        return expiresAt != null ? ExpiryRenewal.to(expiresAt)
                : Boolean.TRUE.equals(renewExpiry) ? ExpiryRenewal.FROM_EVENT : ExpiryRenewal.NONE;
    }
}
