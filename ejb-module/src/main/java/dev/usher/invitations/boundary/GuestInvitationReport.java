package dev.usher.invitations.boundary;

import java.util.List;
import java.util.UUID;

/** What an invitation run did: the invitations made (with their status after sending) and who was skipped. */
public record GuestInvitationReport(int requested, int created, int sent, int failed, List<InvitationView> invitations,
                                    List<Skipped> skipped) {

    /** A guest who got no new invitation, and why. */
    public record Skipped(UUID guestId, String reason) {
    }
}
