package dev.usher.invitations.boundary;

import dev.usher.invitations.entity.InvitationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * What anyone holding a code may learn from it: whether it still admits, the recipient's first
 * name, the event, the status. Nothing else (no e-mail, no phone, no number). Checking does not
 * use the code up.
 */
@Schema(name = "InvitationCheck")
public record InvitationCheck(
        @Schema(description = "True when the code exists, is not revoked or expired and still has seats") boolean valid,
        String firstName, String eventName, LocalDate eventDate, LocalTime eventStartTime, String eventTimeZone,
        String venue, InvitationStatus status,
        @Schema(description = "Why the code admits or not, as the door would answer it before any list's rules: "
                + "valid, unknown, revoked, expired (its expiresAt has passed) or already-used",
                enumeration = {"valid", "unknown", "revoked", "expired", "already-used"}) String outcome,
        @Schema(description = "When the code stops (or stopped) admitting; null: it does not expire")
        OffsetDateTime expiresAt) {

    public static final InvitationCheck UNKNOWN = new InvitationCheck(false, null, null, null, null, null, null, null,
            "unknown", null);
}
