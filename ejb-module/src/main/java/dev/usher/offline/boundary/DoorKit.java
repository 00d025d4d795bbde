package dev.usher.offline.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a station keeps to admit guests of one event while the server is out of reach. */
@Schema(name = "DoorKit")
public record DoorKit(
        UUID eventId,
        String eventName,
        @Schema(description = "The event's Ed25519 public key, 32 raw bytes in base64url: signed codes verify with it")
        String publicKey,
        @Schema(description = "When the server assembled this kit; a station refreshes it every few minutes while online")
        OffsetDateTime issuedAt,
        @Schema(description = "Every invitation of the event that may still be admitted")
        List<KitGuest> guests,
        @Schema(description = "Ids of the event's revoked invitations: their signed codes admit no one")
        List<UUID> revoked) {
}
