package dev.usher.rsvp.entity;

import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.GuestStatus;

/**
 * What a guest answers on the RSVP page. Yes and no are the guest's status (confirmed, declined);
 * maybe keeps the guest undecided (invited), so stats and filters count it as not answered, and is
 * told apart from no answer by the page's own record ({@link PageAnswer}).
 */
public enum RsvpChoice {
    yes, no, maybe;

    public GuestStatus status() {
        return switch (this) {
            case yes -> GuestStatus.confirmed;
            case no -> GuestStatus.declined;
            case maybe -> GuestStatus.invited;
        };
    }

    /** A household member's (or a guest's own) attendance for this answer. */
    public Attendance attendance() {
        return switch (this) {
            case yes -> Attendance.yes;
            case no -> Attendance.no;
            case maybe -> Attendance.maybe;
        };
    }

    /** A member's answer; null if they have not said. */
    public static RsvpChoice of(Attendance attending) {
        return switch (attending) {
            case yes -> yes;
            case no -> no;
            case maybe -> maybe;
            case unknown -> null;
        };
    }

    /** The answer a guest in {@code status} has given, the page's last being {@code pageAnswer} (or null). */
    public static RsvpChoice of(GuestStatus status, RsvpChoice pageAnswer) {
        return switch (status) {
            case confirmed -> yes;
            case declined -> no;
            case invited -> pageAnswer == maybe ? maybe : null;
        };
    }
}
