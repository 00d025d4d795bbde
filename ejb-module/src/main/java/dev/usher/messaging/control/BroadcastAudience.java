package dev.usher.messaging.control;

import dev.usher.messaging.boundary.BroadcastRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The guests a broadcast reaches, in a fixed order (by id), page by page: the broadcast job
 * checkpoints the last guest it handled and resumes after it.
 */
@Dependent
public class BroadcastAudience {

    @PersistenceContext
    EntityManager em;

    public long count(UUID eventId, BroadcastRequest.Audience audience) {
        return query("select count(g) from Guest g", eventId, audience, null, Long.class).getSingleResult();
    }

    /** The next guests after {@code after} (null: from the start). */
    public List<UUID> after(UUID eventId, BroadcastRequest.Audience audience, UUID after, int limit) {
        return query("select g.id from Guest g", eventId, audience, after, UUID.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, UUID eventId, BroadcastRequest.Audience audience, UUID after,
                                    Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where g.event.id = :eventId");
        if (audience.status() != null) {
            jpql.append(" and g.status = :status");
        }
        if (audience.side() != null) {
            jpql.append(" and lower(g.side) = :side");
        }
        if (audience.guestIds() != null) {
            jpql.append(" and g.id in :ids");
        }
        if (after != null) {
            jpql.append(" and g.id > :after");
        }
        if (type == UUID.class) {
            jpql.append(" order by g.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setParameter("eventId", eventId);
        if (audience.status() != null) {
            query.setParameter("status", audience.status());
        }
        if (audience.side() != null) {
            query.setParameter("side", audience.side().toLowerCase(Locale.ROOT));
        }
        if (audience.guestIds() != null) {
            query.setParameter("ids", audience.guestIds());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query;
    }
}
