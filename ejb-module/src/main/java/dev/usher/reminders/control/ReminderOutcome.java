package dev.usher.reminders.control;

import java.util.UUID;

/** What became of one guest of a reminder, and the job counter it adds to. */
public record ReminderOutcome(Kind kind, UUID guestId, String reason) {

    public enum Kind {
        reminded("reminded"), answered("answered"), skipped("skipped"), failed("failed"),
        inDoubt("in-doubt"), alreadySent("already-sent");

        private final String counter;

        Kind(String counter) {
            this.counter = counter;
        }

        public String counter() {
            return counter;
        }
    }

    public static ReminderOutcome of(Kind kind, UUID guestId) {
        return new ReminderOutcome(kind, guestId, null);
    }

    /** Whether the job lists it among its row errors (a person may act on it). */
    public boolean problem() {
        return kind == Kind.failed || kind == Kind.inDoubt;
    }

    public String describe() {
        return switch (kind) {
            case inDoubt -> "in doubt: guest " + guestId + " was being reminded when the job stopped; "
                    + "release it in the messages list to send again";
            case failed -> "guest " + guestId + ": " + reason;
            default -> "guest " + guestId + ": " + kind.counter();
        };
    }
}
