package dev.usher.guests.control;

import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What other areas (invitations, messaging, deliveries) ask about an event's guests. The guests
 * area owns the guests table: they go through here instead of querying it. Checks no membership;
 * the asking boundary has.
 */
@Dependent
public class EventGuests {

    @PersistenceContext
    EntityManager em;

    /** The guest with this id, whichever event it belongs to. */
    public Optional<Guest> byId(UUID guestId) {
        return Optional.ofNullable(em.find(Guest.class, guestId));
    }

    /** The guest, if it belongs to the event. */
    public Optional<Guest> find(UUID eventId, UUID guestId) {
        return em.createNamedQuery(Guest.FIND_BY_EVENT_AND_ID, Guest.class)
                .setParameter("eventId", eventId)
                .setParameter("guestId", guestId)
                .getResultList().stream().findFirst();
    }

    /** The guest of the event, or 404. */
    public Guest existing(UUID eventId, UUID guestId) {
        return find(eventId, guestId)
                .orElseThrow(() -> new NotFoundException("Guest " + guestId + " not found in this event"));
    }

    /** Those of these guests that belong to the event, with the event read along. */
    public List<Guest> among(UUID eventId, Collection<UUID> guestIds) {
        return em.createQuery("select g from Guest g join fetch g.event e where e.id = :eventId and g.id in :ids",
                        Guest.class)
                .setParameter("eventId", eventId)
                .setParameter("ids", guestIds)
                .getResultList();
    }

    /** The ids, of these, of the event's guests. */
    public Set<UUID> idsAmong(UUID eventId, Collection<UUID> guestIds) {
        return new HashSet<>(em.createQuery("select g.id from Guest g where g.event.id = :eventId and g.id in :ids",
                        UUID.class)
                .setParameter("eventId", eventId)
                .setParameter("ids", guestIds)
                .getResultList());
    }

    /** The ids, of these, of the event's guests who declined (one array parameter, so any number of ids). */
    @SuppressWarnings("unchecked")
    public Set<UUID> declinedAmong(UUID eventId, Collection<UUID> guestIds) {
        List<Object> ids = em.createNativeQuery("SELECT CAST(id AS text) FROM guests WHERE event_id = ?1"
                        + " AND status = 'declined' AND id = ANY(CAST(?2 AS uuid[]))")
                .setParameter(1, eventId)
                .setParameter(2, guestIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        Set<UUID> declined = new HashSet<>();
        ids.forEach(id -> declined.add(UUID.fromString(id.toString())));
        return declined;
    }

    /**
     * Holds these guests' rows until the caller's transaction ends (in id order, so two callers
     * never wait on each other in a circle); the rows may still be read, not changed or deleted.
     */
    public void hold(Collection<UUID> guestIds) {
        em.createNativeQuery("SELECT id FROM guests WHERE id = ANY(CAST(?1 AS uuid[])) ORDER BY id FOR NO KEY UPDATE")
                .setParameter(1, guestIds.stream().map(UUID::toString).sorted().toArray(String[]::new))
                .getResultList();
    }

    /** Which of an event's guests a message goes to; null members do not filter. */
    public record Selection(GuestStatus status, String side, Collection<UUID> guestIds) {
    }

    public long count(UUID eventId, Selection selection) {
        return query("select count(g) from Guest g", eventId, selection, null, Long.class).getSingleResult();
    }

    /** The next selected guests after {@code after} (null: from the start), by id. */
    public List<UUID> idsAfter(UUID eventId, Selection selection, UUID after, int limit) {
        return query("select g.id from Guest g", eventId, selection, after, UUID.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, UUID eventId, Selection selection, UUID after, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where g.event.id = :eventId");
        if (selection.status() != null) {
            jpql.append(" and g.status = :status");
        }
        if (selection.side() != null) {
            jpql.append(" and lower(g.side) = :side");
        }
        if (selection.guestIds() != null) {
            jpql.append(" and g.id in :ids");
        }
        if (after != null) {
            jpql.append(" and g.id > :after");
        }
        if (type == UUID.class) {
            jpql.append(" order by g.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setParameter("eventId", eventId);
        if (selection.status() != null) {
            query.setParameter("status", selection.status());
        }
        if (selection.side() != null) {
            query.setParameter("side", selection.side().toLowerCase(Locale.ROOT));
        }
        if (selection.guestIds() != null) {
            query.setParameter("ids", selection.guestIds());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query;
    }
}
