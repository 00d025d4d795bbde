package dev.usher.guests.boundary;

import dev.usher.guests.entity.GuestStatus;

/**
 * Which guests of an event to list: by status, by side (exact, case-insensitive), and a
 * free-text search over names, phone and e-mail. Null members do not filter.
 */
public record GuestFilter(GuestStatus status, String side, String search) {

    public static final GuestFilter ALL = new GuestFilter(null, null, null);
}
