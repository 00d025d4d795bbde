package dev.usher.checkin.boundary;

import dev.usher.checkin.control.ArrivalCounts;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The organizers' live view of who has arrived: every member of the event may watch it. */
@Stateless
@RolesAllowed(Roles.USER)
public class Arrivals {

    /** A page of the guest list asks about its own guests, not the whole event. */
    static final int MAX_GUESTS = 200;

    @Inject
    ArrivalCounts counts;

    @RequiresEventRole(EventRole.viewer)
    public ArrivalsView of(@EventId UUID eventId) {
        return counts.of(eventId);
    }

    @RequiresEventRole(EventRole.viewer)
    public List<ArrivalsView.GuestArrival> guests(@EventId UUID eventId, List<UUID> guestIds) {
        if (guestIds.isEmpty() || guestIds.size() > MAX_GUESTS) {
            throw new InvalidInputException("guestIds", "must name 1-" + MAX_GUESTS + " guests");
        }
        return counts.guests(eventId, guestIds);
    }
}
