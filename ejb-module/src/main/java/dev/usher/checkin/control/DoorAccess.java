package dev.usher.checkin.control;

import dev.usher.events.entity.EventRole;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may admit guests at a door, as one rule for the station's setup, its scans, its name
 * search and its manual admissions: the global role {@code scanner} at any door; without it,
 * an admin of the event the station guards. A station for every event needs the scanner role.
 * The refusal says why, so a station set up by the wrong person is told so at setup instead of
 * answering every scan with a problem.
 */
public final class DoorAccess {

    private DoorAccess() {
    }

    /**
     * Why this caller may not admit at the door of {@code eventId} (null: any event), or empty
     * when they may. {@code role} is their role in that event, null when they are no member
     * (or the event does not exist: the answer is the same, so it reveals nothing).
     */
    public static Optional<String> refusal(boolean scanner, UUID eventId, EventRole role) {
        if (scanner) {
            return Optional.empty();
        }
        if (eventId == null) {
            return Optional.of("A station for every event needs the scanner role; choose the event you admit guests for");
        }
        if (role == EventRole.admin) {
            return Optional.empty();
        }
        if (role == null) {
            return Optional.of("Admitting guests at this event needs the scanner role, or the admin role in the event;"
                    + " you are not a member of it");
        }
        return Optional.of("Admitting guests at this event needs the scanner role, or the admin role in the event;"
                + " you are " + (role == EventRole.editor ? "an editor" : "a viewer"));
    }
}
