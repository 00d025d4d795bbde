package dev.usher.guests.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.HouseholdArrangement;
import dev.usher.guests.control.HouseholdReplies;
import dev.usher.guests.entity.StatusChangeSource;
import dev.usher.identity.control.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Households as organizers keep them: editors arrange the members and plus-ones, and record a
 * household's reply on its behalf (given by phone, say), through the same checks as the RSVP page.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Households {

    @Inject
    HouseholdArrangement arrangement;

    @Inject
    HouseholdReplies replies;

    @RequiresEventRole(EventRole.editor)
    public GuestView arrange(@EventId UUID eventId, UUID guestId, HouseholdInput input) {
        return arrangement.arrange(eventId, guestId, input);
    }

    @RequiresEventRole(EventRole.editor)
    public GuestView reply(@EventId UUID eventId, UUID guestId, HouseholdSubmission reply) {
        return replies.record(eventId, guestId, reply, StatusChangeSource.CONSOLE);
    }
}
