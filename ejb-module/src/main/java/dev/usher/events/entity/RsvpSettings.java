package dev.usher.events.entity;

import java.time.OffsetDateTime;

/**
 * What an event's RSVP page says and allows, already validated: the language of the guest's page
 * and e-mails, the deadline after which answers are closed (none: open until the organizer sets
 * one), whether "maybe" is an answer, the organizer's message and whom to contact once closed.
 */
public record RsvpSettings(String language, OffsetDateTime deadline, boolean allowsMaybe, String message,
                           String contact) {

    public static final String DEFAULT_LANGUAGE = "en";

    public static final RsvpSettings DEFAULTS = new RsvpSettings(DEFAULT_LANGUAGE, null, false, null, null);
}
