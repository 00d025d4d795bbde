package dev.usher.invitations.boundary;

import java.util.List;

/** One invitation with every scan of its code, oldest first. */
public record InvitationDetails(InvitationView invitation, List<ScanView> scans) {
}
