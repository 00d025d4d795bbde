package dev.usher.invitations.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Yes / No buttons of a guest's invitation e-mail: links to the guest's RSVP page with the answer
 * preselected. Declared here and implemented by the rsvp area
 * (which depends on invitations, not the other way round).
 */
public interface RsvpButtons {

    /** The links the e-mail's buttons open; their words are the e-mail's ({@link GuestMailTexts}). */
    record Buttons(String yesUrl, String noUrl, String pageUrl) {

        /** The values as the mail templates read them ({@code rsvp.yesUrl}, ...): invitations and reminders alike. */
        public Map<String, Object> model() {
            Map<String, Object> rsvp = new HashMap<>();
            rsvp.put("yesUrl", yesUrl);
            rsvp.put("noUrl", noUrl);
            rsvp.put("pageUrl", pageUrl);
            return rsvp;
        }
    }

    /**
     * The buttons for this guest, whose live RSVP link is made now if there is none (in the caller's
     * transaction); empty when the server has no RSVP link secret or there is no such guest.
     */
    Optional<Buttons> forGuest(UUID guestId);
}
