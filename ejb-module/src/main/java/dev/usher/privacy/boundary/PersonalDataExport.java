package dev.usher.privacy.boundary;

import dev.usher.guests.boundary.GuestView;
import dev.usher.invitations.boundary.InvitationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything Usher holds about one e-mail address or phone number, in every event. */
@Schema(name = "PersonalDataExport")
public record PersonalDataExport(
        @Schema(description = "The address asked for (lower-cased), if any") String email,
        @Schema(description = "The number asked for, in E.164, if any") String phone,
        OffsetDateTime exportedAt,
        @Schema(description = "Sign-in accounts with this address, and the events they are members of")
        List<Account> accounts,
        @Schema(description = "Guest records with this address or number, with their RSVP history") List<GuestRecord> guests,
        @Schema(description = "Invitations to this address or number, or of those guests") List<InvitationView> invitations,
        @Schema(description = "Messages sent to this address or number, or to those guests") List<Delivery> deliveries) {

    public record Account(UUID id, String email, String displayName, OffsetDateTime createdAt,
                          OffsetDateTime lastSeenAt, List<Membership> memberships) {
    }

    public record Membership(UUID eventId, String eventName, String role) {
    }

    public record GuestRecord(String eventName, GuestView guest, List<StatusChange> statusChanges) {
    }

    public record StatusChange(OffsetDateTime at, String from, String to, String source,
                               @Schema(description = "The guest's own words, when a reply said it") String evidence) {
    }

    public record Delivery(UUID id, UUID eventId, String channel, String kind, String state, String recipient,
                           OffsetDateTime queuedAt,
                           @Schema(description = "What was sent, as the ledger keeps it (JSON)") String content) {
    }
}
