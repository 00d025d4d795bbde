package dev.usher.guests.boundary;

import dev.usher.guests.entity.GuestStatus;

/**
 * Which guests of an event to list: by status, by side (exact, case-insensitive), and a
 * free-text search over names, phone and e-mail, and whether anyone of the guest's invitations
 * has arrived at the door (on any check-in list). Null members do not filter.
 */
public record GuestFilter(GuestStatus status, String side, String search, Boolean arrived) {

    public static final GuestFilter ALL = new GuestFilter(null, null, null);

    public GuestFilter(GuestStatus status, String side, String search) {
        this(status, side, search, null);
    }
}
