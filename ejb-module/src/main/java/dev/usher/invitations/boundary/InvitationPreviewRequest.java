package dev.usher.invitations.boundary;

import dev.usher.invitations.entity.InvitationType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Whose invitation to show and what it says, as the bulk send would say it. */
@Schema(name = "InvitationPreviewRequest")
public record InvitationPreviewRequest(
        @Schema(description = "A guest of the event; left out: a sample guest") UUID guestId,
        @Schema(description = "Default general") InvitationType type,
        @Size(max = 2000) String customMessage,
        @Schema(description = "Default the guest's party size") @Min(1) @Max(100) Integer seats) {
}
