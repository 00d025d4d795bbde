package dev.usher.invitations.control;

import java.util.Optional;
import java.util.UUID;

/**
 * The Yes / No buttons of a guest's invitation e-mail: links to the guest's RSVP page with the answer
 * preselected, and their words in the event's language. Declared here and implemented by the rsvp area
 * (which depends on invitations, not the other way round).
 */
public interface RsvpButtons {

    /** What the e-mail shows: the links and their words, and the language and direction of the block. */
    record Buttons(String yesUrl, String noUrl, String pageUrl, String language, String direction, String question,
                   String yes, String no, String change) {
    }

    /**
     * The buttons for this guest, whose live RSVP link is made now if there is none (in the caller's
     * transaction); empty when the server has no RSVP link secret or there is no such guest.
     */
    Optional<Buttons> forGuest(UUID guestId);
}
