package dev.usher.checkin.control;

import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller's role in the event a code or a station belongs to. Check-in is not event-scoped
 * by its path (a station posts codes, not event ids), so the event guard cannot decide it; this
 * reads the same membership the guard reads.
 */
@Dependent
public class DoorAccess {

    @PersistenceContext
    EntityManager em;

    public Optional<EventRole> role(UUID eventId, UUID userId) {
        if (eventId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(EventMember.FIND_BY_EVENT_AND_USER, EventMember.class)
                .setParameter("eventId", eventId)
                .setParameter("userId", userId)
                .getResultList().stream().findFirst().map(EventMember::role);
    }

    public boolean isAdmin(UUID eventId, UUID userId) {
        return role(eventId, userId).filter(r -> r == EventRole.admin).isPresent();
    }
}
