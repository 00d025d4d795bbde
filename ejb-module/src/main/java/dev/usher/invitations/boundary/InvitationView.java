package dev.usher.invitations.boundary;

import dev.usher.invitations.control.InvitationLinks;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.invitations.entity.InvitationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation as organizers see it. The token is never part of it; the QR image is at {@code qrUrl}. */
public record InvitationView(UUID id, String number, String recipientName, String email, String phone,
                             UUID eventId, String eventName, UUID guestId, InvitationType type,
                             String customMessage, int seats, int seatsAdmitted, InvitationStatus status,
                             @Schema(description = "Why the last send failed") String failureReason,
                             OffsetDateTime sentAt, OffsetDateTime openedAt, OffsetDateTime scannedAt,
                             int scanCount, OffsetDateTime revokedAt, UUID createdBy,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt,
                             @Schema(description = "The QR image (PNG; .svg beside it), for super-admins") String qrUrl,
                             @Schema(description = "When the code stops admitting (scans are answered expired); null: "
                                     + "it does not expire") OffsetDateTime expiresAt) {

    public static InvitationView of(Invitation i) {
        var r = i.recipient();
        return new InvitationView(i.id(), i.number(), r.name(), r.email(), r.phone(), i.eventId(),
                i.event() == null ? null : i.event().name(), i.guestId(), r.type(), r.customMessage(), r.seats(),
                i.seatsAdmitted(), i.status(), i.failureReason(), i.sentAt(), i.openedAt(), i.scannedAt(),
                i.scanCount(), i.revokedAt(), i.createdBy(), i.createdAt(), i.updatedAt(),
                InvitationLinks.qrPath(i.id()), i.expiresAt());
    }
}
