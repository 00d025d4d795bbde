package dev.usher.invitations.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk invitation send would do, counted before it is sent. */
@Schema(name = "InvitationAudience")
public record InvitationAudience(
        @Schema(description = "Guests the request names (by id or filter)") int named,
        @Schema(description = "Of those, guests who declined and are left out (includeDeclined: 0)") int declinedLeftOut,
        @Schema(description = "Guests skipped for having no e-mail address") int noEmail,
        @Schema(description = "Guests skipped for already holding an invitation that is not revoked") int alreadyInvited,
        @Schema(description = "Guests who will receive an invitation e-mail") int willReceive) {
}
