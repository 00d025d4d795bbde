package dev.usher.privacy.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a guest's erasure changed, as counts: the rows themselves no longer say whose they were. */
@Schema(name = "ErasureReport")
public record ErasureReport(
        UUID guestId,
        @Schema(description = "Invitations of the guest (or to the guest's address or number) left without a "
                + "name and revoked") int invitations,
        @Schema(description = "Delivery-ledger rows left without recipient and content") int deliveries,
        @Schema(description = "Webhook payloads (queued or delivered) left without names") int webhookDeliveries,
        @Schema(description = "Stored import files of the event removed (a file may hold the guest's row)")
        int importFiles,
        @Schema(description = "Audit entries about the guest or those invitations, which keep who did what and "
                + "when but no longer the fields' values") int auditEntries) {
}
