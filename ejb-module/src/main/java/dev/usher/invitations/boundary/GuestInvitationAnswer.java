package dev.usher.invitations.boundary;

import dev.usher.jobs.boundary.JobView;

/**
 * The answer to an invitation of guests: the report of what was sent (a choice of up to 500
 * guests, handled in the request), or the invitation-send job that handles a larger one.
 */
public record GuestInvitationAnswer(GuestInvitationReport report, JobView job) {
}
