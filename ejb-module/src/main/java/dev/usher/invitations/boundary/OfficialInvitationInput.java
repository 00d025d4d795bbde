package dev.usher.invitations.boundary;

import dev.usher.invitations.entity.InvitationType;
import dev.usher.platform.validation.EmailAddress;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An official invitation as a super-admin writes it. */
@Schema(name = "OfficialInvitationInput")
public record OfficialInvitationInput(
        @NotBlank @Size(max = 200) String recipientName,
        @NotBlank @EmailAddress String email,
        @Schema(description = "Optional; read in the event's phone region, stored in E.164") @Size(max = 40) String phone,
        @Schema(description = "The event it admits to; none for a general invitation") UUID eventId,
        @Schema(description = "A guest of that event it is for, if any") UUID guestId,
        @Schema(description = "Default general") InvitationType type,
        @Size(max = 2000) String customMessage,
        @Schema(description = "How many people the code admits in total (default 1)") @Min(1) @Max(100) Integer seats,
        @Schema(description = "Send the e-mail at once (default true); false keeps a pending draft") Boolean send,
        @Schema(description = "When the code stops admitting (a future instant); none: the event's default of "
                + "invitationExpiryDays after the first send applies, or it does not expire") @Future
        OffsetDateTime expiresAt) {
}
