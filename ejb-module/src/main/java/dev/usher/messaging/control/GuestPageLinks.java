package dev.usher.messaging.control;

import dev.usher.guests.entity.Guest;

/**
 * The guest's personal RSVP page, for the {@code {rsvpLink}} placeholder. Declared here and implemented
 * by the rsvp area (messaging does not depend on it).
 */
public interface GuestPageLinks {

    /** The guest's RSVP page URL, its live link made now if there is none; 503 when the server has no link secret. */
    String pageUrl(Guest guest);
}
