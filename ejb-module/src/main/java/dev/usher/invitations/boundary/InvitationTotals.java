package dev.usher.invitations.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Totals over every invitation, official and guest ones (the schema keeps its published name). */
@Schema(name = "InvitationStats")
public record InvitationTotals(
        long total,
        @Schema(description = "Sent at least once") long sent,
        @Schema(description = "Opened (tracking pixel fetched)") long opened,
        @Schema(description = "Admitted at least once") long scanned,
        @Schema(description = "Drafts never sent") long pending,
        @Schema(description = "Whose send failed") long failed,
        long revoked) {
}
