package dev.usher.events.boundary;

import dev.usher.events.control.AuditedChange;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.EventMembership;
import dev.usher.events.control.MemberInvited;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.identity.entity.User;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The people who run an event together. Only admins change membership. */
@Stateless
@RolesAllowed(Roles.USER)
public class Members {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    EventAccess access;

    @Inject
    EventMembership membership;

    @Inject
    InputValidator validator;

    @Inject
    jakarta.enterprise.event.Event<MemberInvited> invited;

    @Inject
    jakarta.enterprise.event.Event<AuditedChange> audited;

    @RequiresEventRole(EventRole.viewer)
    public List<MemberView> list(@EventId UUID eventId) {
        return em.createNamedQuery(EventMember.FIND_BY_EVENT, EventMember.class)
                .setParameter("eventId", eventId)
                .getResultList().stream()
                .map(MemberView::of)
                .toList();
    }

    @RequiresEventRole(EventRole.viewer)
    public MemberView get(@EventId UUID eventId, UUID userId) {
        return MemberView.of(existing(eventId, userId));
    }

    /**
     * Adds a member by e-mail. Someone who never signed in gets a pending user row and
     * sees the event at their first sign-in.
     */
    @RequiresEventRole(EventRole.admin)
    public MemberView invite(@EventId UUID eventId, MemberInvite invite) {
        validator.check(invite);
        EventMember caller = access.member(eventId);
        User invitee = users.findOrInvite(invite.email(), invite.displayName());
        if (find(eventId, invitee.id()) != null) {
            throw new ConflictException(invitee.email() + " is already a member of this event",
                    Map.of("userId", invitee.id()));
        }
        EventMember member = new EventMember(caller.event(), invitee, invite.role(),
                blankToNull(invite.displayName()), caller.user());
        em.persist(member);
        audited.fire(new AuditedChange(eventId, caller.user().id(), "member.added", "member", invitee.id(), null, MemberView.of(member)));
        invited.fire(new MemberInvited(eventId, caller.event().name(), invitee.id(), invitee.email(),
                blankToNull(invite.displayName()), invite.role(),
                caller.user().displayName() == null ? caller.user().email() : caller.user().displayName()));
        return MemberView.of(member);
    }

    @RequiresEventRole(EventRole.admin)
    public MemberView changeRole(@EventId UUID eventId, UUID userId, RoleChange change) {
        validator.check(change);
        EventMember member = existing(eventId, userId);
        if (member.role() == EventRole.admin && change.role() != EventRole.admin) {
            requireAnotherAdmin(eventId, "demoted");
        }
        EventRole was = member.role();
        member.changeRole(change.role());
        audited.fire(new AuditedChange(eventId, access.member(eventId).user().id(), "member.role_changed", "member", userId, Map.of("role", was), Map.of("role", member.role())));
        return MemberView.of(member);
    }

    @RequiresEventRole(EventRole.admin)
    public void remove(@EventId UUID eventId, UUID userId) {
        EventMember member = existing(eventId, userId);
        if (member.role() == EventRole.admin) {
            requireAnotherAdmin(eventId, "removed");
        }
        audited.fire(new AuditedChange(eventId, access.member(eventId).user().id(), "member.removed", "member", userId, MemberView.of(member), null));
        em.remove(member);
    }

    /**
     * Locks the event row first, so two admins demoting each other at the same moment are
     * serialized and the second one sees the first one's change.
     */
    private void requireAnotherAdmin(UUID eventId, String action) {
        em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        long admins = em.createNamedQuery(EventMember.COUNT_BY_EVENT_AND_ROLE, Long.class)
                .setParameter("eventId", eventId)
                .setParameter("role", EventRole.admin)
                .getSingleResult();
        if (admins <= 1) {
            throw new ConflictException("The last admin of an event cannot be " + action
                    + "; make another member admin first");
        }
    }

    private EventMember existing(UUID eventId, UUID userId) {
        EventMember member = find(eventId, userId);
        if (member == null) {
            throw new NotFoundException("User " + userId + " is not a member of this event");
        }
        return member;
    }

    private EventMember find(UUID eventId, UUID userId) {
        return membership.find(eventId, userId).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
