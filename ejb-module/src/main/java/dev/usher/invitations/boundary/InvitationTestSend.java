package dev.usher.invitations.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A test invitation e-mailed to the member who asked: its ledger record (kind invitation-test) and outcome. */
@Schema(name = "InvitationTestSend")
public record InvitationTestSend(UUID deliveryId, String to, boolean sent,
                                 @Schema(description = "Why it did not go out; null when sent") String failure) {
}
