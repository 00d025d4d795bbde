package dev.usher.notifications.boundary;

import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.notifications.control.DigestChoices;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * A member's own RSVP digest choice for an event. Every member may choose (viewers read the feed,
 * so they may have it mailed), and only for themself: the caller's membership is the row, so no
 * call names another member.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Digests {

    @Inject
    EventAccess access;

    @Inject
    DigestChoices choices;

    @Inject
    InputValidator validator;

    @RequiresEventRole(EventRole.viewer)
    public DigestChoice mine(@EventId UUID eventId) {
        return new DigestChoice(choices.of(access.member(eventId).id()));
    }

    @RequiresEventRole(EventRole.viewer)
    public DigestChoice choose(@EventId UUID eventId, DigestChoice choice) {
        validator.check(choice);
        choices.set(eventId, access.member(eventId).id(), choice.mode());
        return new DigestChoice(choice.mode());
    }
}
