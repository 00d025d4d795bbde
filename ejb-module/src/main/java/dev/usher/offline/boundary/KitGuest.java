package dev.usher.offline.boundary;

import dev.usher.guests.entity.GuestStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One invitation as the station's answer screen shows it offline; no e-mail, no phone. */
@Schema(name = "KitGuest")
public record KitGuest(
        UUID id,
        String number,
        String name,
        int seats,
        @Schema(description = "Seats already admitted when the kit was assembled") int admitted,
        @Schema(description = "The first 16 bytes of the SHA-256 of the plain token, base64url: a code of the older "
                + "format is found by its hash, and the hash gives the token away to no one") String tokenHash,
        @Schema(description = "The guest's RSVP answer, for a guest of the list") GuestStatus rsvp,
        @Schema(description = "The organizer's note for the door") String doorNote,
        @Schema(description = "The household's members by name, for a household guest") List<String> household,
        @Schema(description = "From this instant on the code admits no one (the station answers expired offline "
                + "as the server does); null: it does not expire") OffsetDateTime expiresAt) {
}
