package dev.usher.messaging.control;

import java.util.UUID;

/**
 * What a broadcast's e-mail fallback did for one guest. {@code reason} says why the guest was
 * not e-mailed, for the job's row errors; it never holds the guest's address.
 */
public record FallbackOutcome(Kind kind, UUID guestId, String reason) {

    public enum Kind {
        /** Handed to the mail server (or the .eml folder) now. */
        emailed,
        /** Refused for good (SMTP 5xx, a bad address), or still failing after the retries. */
        failed,
        /** Caught mid-send by a crash earlier: it may have left, so it is not sent again by itself. */
        inDoubt,
        /** E-mailed earlier by this broadcast (before a restart). */
        alreadySent,
        /** Nothing to send any more: the guest was deleted or lost the address since the list was read. */
        skipped;

        /** The name the job's counters use, apart from the WhatsApp step's own. */
        public String counter() {
            return switch (this) {
                case emailed -> "emailed";
                case failed -> "email-failed";
                case inDoubt -> "email-in-doubt";
                case alreadySent -> "email-already-sent";
                case skipped -> "email-skipped";
            };
        }
    }

    /** Whether the job lists it among its row errors. */
    public boolean problem() {
        return kind == Kind.failed || kind == Kind.inDoubt;
    }

    /** "guest ...: e-mail failed: 550 ..." for the job's row errors. */
    public String describe() {
        return "guest " + guestId + ": " + switch (kind) {
            case failed -> "e-mail failed: " + reason;
            case inDoubt -> "e-mail in doubt: the server stopped while handing it to the mail server, "
                    + "so it is not sent again by itself; check, then resend it from the event's messages";
            default -> kind.counter() + (reason == null ? "" : ": " + reason);
        };
    }

    public static FallbackOutcome of(Kind kind, UUID guestId) {
        return new FallbackOutcome(kind, guestId, null);
    }
}
