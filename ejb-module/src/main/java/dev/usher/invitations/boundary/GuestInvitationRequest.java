package dev.usher.invitations.boundary;

import dev.usher.guests.entity.GuestStatus;
import dev.usher.invitations.entity.InvitationType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which guests of an event to invite, and what the invitations say. Name the guests by id (at
 * most 20,000: PostgreSQL's bind parameters bound the check that they are the event's), or give
 * a filter (an empty one means every guest); guests without an e-mail, and guests who already
 * hold an invitation that is not revoked, are skipped and reported. Guests who declined are left
 * out unless {@code includeDeclined} (or a filter on that status) asks for them.
 */
@Schema(name = "GuestInvitationRequest")
public record GuestInvitationRequest(
        @Schema(description = "Guests to invite (more than 500: sent by a job); or use filter")
        @Size(max = 20_000) List<UUID> guestIds,
        @Schema(description = "Invite every guest that matches (more than 500: sent by a job)") @Valid Selection filter,
        @Schema(description = "Default general") InvitationType type,
        @Size(max = 2000) String customMessage,
        @Schema(description = "Seats per code; default each guest's party size") @Min(1) @Max(100) Integer seats,
        @Schema(description = "Send at once (default true); false keeps pending drafts") Boolean send,
        @Schema(description = "When the codes stop admitting (a future instant); none: the event's default of "
                + "invitationExpiryDays after the first send applies, or they do not expire") @Future
        OffsetDateTime expiresAt,
        @Schema(description = "Also invite guests who declined (default false: they are left out, unless the "
                + "filter asks for status declined)") Boolean includeDeclined) {

    /** Whether declined guests are invited: asked for, or the filter names that status. */
    public boolean invitesDeclined() {
        return Boolean.TRUE.equals(includeDeclined)
                || (filter != null && filter.status() == GuestStatus.declined);
    }

    /** The guest list's own filter: status, side, free text. */
    public record Selection(GuestStatus status, @Size(max = 100) String side, @Size(max = 200) String q) {
    }
}
