package dev.usher.invitations.control;

import java.util.UUID;

/**
 * What a bulk send did with one item. {@code reason} says why an item was not sent, for the
 * job's list of row problems; it never holds the recipient's address or the invitation's token.
 */
public record BulkOutcome(Kind kind, UUID invitationId, String reason) {

    public enum Kind {
        /** Handed to the mail server now. */
        sent,
        /** Refused for good (e.g. SMTP 5xx), or still failing after the retries. */
        failed,
        /** Caught mid-send by a crash earlier: it may or may not have left, so it is not sent again by itself. */
        inDoubt,
        /** Sent earlier (by this send before a restart, or by someone else). */
        alreadySent,
        /** Nothing to send: no e-mail address, already invited, revoked, deleted. */
        skipped,
        /** Made as a draft only (the send asked for no e-mails). */
        drafted;

        /** The name the job's counters use. */
        public String counter() {
            return switch (this) {
                case inDoubt -> "in-doubt";
                case alreadySent -> "already-sent";
                default -> name();
            };
        }
    }

    /** The reason, led by what happened: "failed: 550 ...", "skipped: guest has no e-mail address". */
    public String describe() {
        if (reason == null) {
            return kind.counter();
        }
        return kind == Kind.inDoubt ? reason : kind.counter() + ": " + reason;
    }

    public static BulkOutcome of(Kind kind, UUID invitationId) {
        return new BulkOutcome(kind, invitationId, null);
    }
}
