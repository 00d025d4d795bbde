package dev.usher.events.control;

import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.platform.errors.ForbiddenException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

/**
 * The one reading of event membership and the one comparison of roles. The {@link EventGuard}
 * applies it to every {@link RequiresEventRole} method; the boundaries whose event is not in the
 * call (a station posts codes, a job is named by its execution) apply it once they know the event.
 */
@Dependent
public class EventMembership {

    @PersistenceContext
    EntityManager em;

    /** The user's membership of the event, if any (none for a null event). */
    public Optional<EventMember> find(UUID eventId, UUID userId) {
        if (eventId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(EventMember.FIND_BY_EVENT_AND_USER, EventMember.class)
                .setParameter("eventId", eventId)
                .setParameter("userId", userId)
                .getResultList().stream().findFirst();
    }

    /** Whether the user is a member of the event with at least this role. */
    public boolean has(UUID eventId, UUID userId, EventRole required) {
        return find(eventId, userId).filter(member -> member.role().includes(required)).isPresent();
    }

    /**
     * The user's membership with at least {@code required}: a non-member gets 404 (the event's
     * existence is not revealed), a member with too low a role 403.
     */
    public EventMember require(UUID eventId, UUID userId, EventRole required) {
        EventMember member = find(eventId, userId)
                .orElseThrow(() -> new NotFoundException("Event " + eventId + " not found"));
        requireRole(member, required);
        return member;
    }

    /** 403 unless the member's role includes {@code required}. */
    public static void requireRole(EventMember member, EventRole required) {
        if (!member.role().includes(required)) {
            throw new ForbiddenException("This needs the " + required + " role in this event; you are "
                    + (member.role() == EventRole.admin ? "an" : "a") + " " + member.role());
        }
    }
}
