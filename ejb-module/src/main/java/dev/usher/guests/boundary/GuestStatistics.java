package dev.usher.guests.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.GuestTallies;
import dev.usher.identity.control.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/** An event's guest statistics, for its viewers. */
@Stateless
@RolesAllowed(Roles.USER)
public class GuestStatistics {

    @Inject
    GuestTallies tallies;

    @RequiresEventRole(EventRole.viewer)
    public GuestBreakdown of(@EventId UUID eventId) {
        return tallies.breakdown(eventId);
    }
}
