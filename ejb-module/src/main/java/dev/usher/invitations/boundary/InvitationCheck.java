package dev.usher.invitations.boundary;

import dev.usher.invitations.entity.InvitationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What anyone holding a code may learn from it: whether it still admits, the recipient's first
 * name, the event, the status. Nothing else (no e-mail, no phone, no number). Checking does not
 * use the code up.
 */
@Schema(name = "InvitationCheck")
public record InvitationCheck(
        @Schema(description = "True when the code exists, is not revoked and still has seats") boolean valid,
        String firstName, String eventName, LocalDate eventDate, LocalTime eventStartTime, String eventTimeZone,
        String venue, InvitationStatus status) {

    public static final InvitationCheck UNKNOWN = new InvitationCheck(false, null, null, null, null, null, null, null);
}
