package dev.usher.checkin.boundary;

import dev.usher.guests.entity.GuestStatus;
import dev.usher.invitations.entity.InvitationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One invitation found by name or phone at the door, compact: who, how many seats are left, its state. */
@Schema(name = "DoorGuest")
public record DoorGuest(UUID invitationId, String invitationNumber, String name, int seats, int seatsLeft,
                        InvitationStatus status,
                        @Schema(description = "The guest's RSVP answer, when the invitation is for a guest of the list")
                        GuestStatus rsvp) {
}
