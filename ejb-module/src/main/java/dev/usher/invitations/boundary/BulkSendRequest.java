package dev.usher.invitations.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Official invitations to e-mail in one invitation-send job, in this order. */
@Schema(name = "BulkSendRequest")
public record BulkSendRequest(
        @Schema(description = "Invitations to send (drafts, or ones whose send failed); 1 to 20,000")
        @NotNull @Size(min = 1, max = BulkSendRequest.MAX) List<@NotNull UUID> invitationIds) {

    /** Bounded by PostgreSQL's 32,767 bind parameters of the check that they exist. */
    public static final int MAX = 20_000;
}
