package dev.usher.events.boundary;

import dev.usher.events.control.AuditedChange;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventCardCounts;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.identity.entity.User;
import dev.usher.platform.validation.InputValidator;
import dev.usher.platform.validation.MergePatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events: create, list the caller's own, read, change, delete. */
@Stateless
@RolesAllowed(Roles.USER)
public class Events {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    EventAccess access;

    @Inject
    InputValidator validator;

    @Inject
    EventCardCounts counts;

    @Inject
    jakarta.enterprise.event.Event<AuditedChange> audited;

    /** Creates an event; the caller becomes its first admin. */
    public EventView create(EventInput input) {
        validator.check(input);
        User caller = users.signedIn();
        Event event = new Event(input.toDetails(), caller);
        event.apply(input.toRsvpSettings());
        event.expireInvitationsAfter(input.invitationExpiryDays());
        em.persist(event);
        em.persist(new EventMember(event, caller, EventRole.admin, caller.displayName(), null));
        audited.fire(new AuditedChange(event.id(), caller.id(), "event.created", "event", event.id(), null, input));
        return EventView.of(event, EventRole.admin);
    }

    /** The events the caller is a member of, soonest first, each with its quick stats. */
    public List<EventSummary> mine() {
        User caller = users.signedIn();
        List<EventMember> memberships = em.createQuery("""
                        select m from EventMember m join fetch m.event e
                        where m.user.id = :userId
                        order by e.date nulls last, e.name, e.id""", EventMember.class)
                .setParameter("userId", caller.id())
                .getResultList();
        Map<UUID, EventCardStats> stats = counts.of(
                memberships.stream().map(m -> m.event().id()).toList());
        return memberships.stream()
                .map(m -> new EventSummary(m.event().id(), m.event().name(), m.event().date(),
                        m.event().location(), m.role(), stats.getOrDefault(m.event().id(), EventCardStats.EMPTY)))
                .toList();
    }

    @RequiresEventRole(EventRole.viewer)
    public EventView get(@EventId UUID eventId) {
        EventMember member = access.member(eventId);
        return EventView.of(member.event(), member.role());
    }

    /** Applies a JSON merge patch to the event's details. */
    @RequiresEventRole(EventRole.admin)
    public EventView update(@EventId UUID eventId, JsonObject changes) {
        EventMember member = access.member(eventId);
        Event event = member.event();
        EventInput was = EventInput.of(event.details(), event.rsvpSettings(), event.invitationExpiryDays());
        EventInput merged = MergePatch.apply(was, changes, EventInput.class);
        validator.check(merged);
        event.apply(merged.toDetails());
        event.apply(merged.toRsvpSettings());
        event.expireInvitationsAfter(merged.invitationExpiryDays());
        audited.fire(new AuditedChange(eventId, member.user().id(), "event.settings_changed", "event", eventId, was, merged));
        return EventView.of(event, member.role());
    }

    /** Deletes the event; the database cascades to its members and guests. */
    @RequiresEventRole(EventRole.admin)
    public void delete(@EventId UUID eventId) {
        em.remove(access.member(eventId).event());
    }
}
