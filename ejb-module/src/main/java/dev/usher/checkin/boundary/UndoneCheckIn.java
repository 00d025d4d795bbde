package dev.usher.checkin.boundary;

import dev.usher.invitations.entity.InvitationStatus;

import java.util.UUID;

/** An admission taken back: how many seats returned to the code, and where the code stands now. */
public record UndoneCheckIn(UUID scanId, String invitationNumber, int seatsReturned, int seatsLeft,
                            InvitationStatus status) {
}
