package dev.usher.invitations.control;

import java.util.HashMap;
import java.util.Map;
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

        /** The values as the mail templates read them ({@code rsvp.yesUrl}, ...): invitations and reminders alike. */
        public Map<String, Object> model() {
            Map<String, Object> rsvp = new HashMap<>();
            rsvp.put("yesUrl", yesUrl);
            rsvp.put("noUrl", noUrl);
            rsvp.put("pageUrl", pageUrl);
            rsvp.put("language", language);
            rsvp.put("direction", direction);
            rsvp.put("question", question);
            rsvp.put("yes", yes);
            rsvp.put("no", no);
            rsvp.put("change", change);
            return rsvp;
        }
    }

    /**
     * The buttons for this guest, whose live RSVP link is made now if there is none (in the caller's
     * transaction); empty when the server has no RSVP link secret or there is no such guest.
     */
    Optional<Buttons> forGuest(UUID guestId);
}
