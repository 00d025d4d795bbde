package dev.usher.checkin.boundary;

import dev.usher.guests.entity.GuestStatus;
import dev.usher.invitations.entity.InvitationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The door's answer. {@code admitted}: seatsAdmitted now, seatsLeft after. {@code already-used}:
 * firstUsedAt and firstUsedStation. {@code not-enough-seats}: seatsLeft. {@code revoked},
 * {@code wrong-event}, {@code unknown}: nothing admitted. {@code choose-seats} (only when the station
 * asked for it): seatsLeft of seats are left, nothing admitted or recorded, post again with a count.
 * {@code replayed} is true when this is the stored answer to an earlier attempt with the same nonce.
 * rsvp and doorNote are the guest's, for an invitation to a guest of the list. On a check-in list:
 * {@code not-on-list} (the list does not admit this code), {@code outside-hours}, and for exit scans
 * {@code exited} (seatsExited, seatsInside), {@code not-inside} and {@code no-exits}. {@code expired}:
 * the code's expiresAt has passed, nothing admitted.
 */
@Schema(name = "CheckInAnswer")
public record CheckInAnswer(
        UUID scanId,
        @Schema(enumeration = {"admitted", "already-used", "not-enough-seats", "revoked", "wrong-event", "unknown",
            "choose-seats", "not-on-list", "outside-hours", "exited", "not-inside", "no-exits", "expired"},
            description = "What the door decided; expired: the code's expiry instant (expiresAt) has passed, "
                    + "nobody was admitted")
        String outcome,
        int seatsAdmitted, Integer seatsLeft, Integer seats, String firstName, String invitationNumber,
        InvitationType type, OffsetDateTime firstUsedAt, String firstUsedStation, boolean replayed,
        OffsetDateTime scannedAt,
        @Schema(enumeration = {"scan", "manual"}) String source,
        GuestStatus rsvp, String doorNote,
        @Schema(description = "exited: how many went out now") int seatsExited,
        @Schema(description = "On a list with exits: how many of the party are inside now") Integer seatsInside,
        @Schema(description = "The guest's household, for the door to greet everyone by name") List<DoorMember> household,
        @Schema(description = "When the code stops (or stopped) admitting; null: it does not expire")
        OffsetDateTime expiresAt) {
}
