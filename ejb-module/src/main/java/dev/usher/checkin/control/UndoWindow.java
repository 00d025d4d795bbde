package dev.usher.checkin.control;

import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.ForbiddenException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Who may take an admission back, and until when. An admin of the event (or a super-admin)
 * corrects the record at any time; the staff member who made the admission may undo it from
 * the station for a few minutes (a wrong guest let in, a count mistyped), and nobody else.
 */
public final class UndoWindow {

    private UndoWindow() {
    }

    /**
     * Throws 403 when {@code caller} is not who made the admission, 409 when the window has
     * passed; returns when the undo may go ahead.
     */
    public static void check(boolean corrector, UUID caller, UUID scannedBy, OffsetDateTime scannedAt,
                             OffsetDateTime now, Duration window) {
        if (corrector) {
            return;
        }
        if (scannedBy == null || !scannedBy.equals(caller)) {
            throw new ForbiddenException("Only the staff member who made this admission may undo it at the station"
                    + " (an admin of the event may correct it)");
        }
        OffsetDateTime end = scannedAt.plus(window);
        if (now.isAfter(end)) {
            throw new ConflictException("The " + minutes(window) + " to undo this admission at the station ended at "
                    + DateTimeFormatter.ISO_LOCAL_TIME.format(end.withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalTime().withNano(0)) + " UTC; an admin of the event may still correct it");
        }
    }

    private static String minutes(Duration window) {
        long minutes = window.toMinutes();
        return minutes == 1 ? "minute" : minutes + " minutes";
    }
}
