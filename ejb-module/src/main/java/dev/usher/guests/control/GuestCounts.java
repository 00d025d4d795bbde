package dev.usher.guests.control;

import dev.usher.guests.boundary.QuickStats;
import dev.usher.guests.entity.GuestStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quick stats of many events in one grouped query, for the caller's event list. A
 * control, not a boundary: it checks no membership, so only a boundary that has already
 * limited the events to the caller's own may use it.
 */
@Dependent
public class GuestCounts {

    @PersistenceContext
    EntityManager em;

    public Map<UUID, QuickStats> quickStats(Collection<UUID> eventIds) {
        Map<UUID, QuickStats> stats = new HashMap<>();
        if (eventIds.isEmpty()) {
            return stats;
        }
        List<Object[]> rows = em.createQuery("""
                        select g.event.id, count(g),
                               sum(case when g.status = :confirmed then 1 else 0 end),
                               sum(case when g.status = :declined then 1 else 0 end),
                               sum(g.partySize)
                        from Guest g where g.event.id in :ids group by g.event.id""", Object[].class)
                .setParameter("confirmed", GuestStatus.confirmed)
                .setParameter("declined", GuestStatus.declined)
                .setParameter("ids", eventIds)
                .getResultList();
        for (Object[] row : rows) {
            stats.put((UUID) row[0], QuickStats.of(number(row[1]), number(row[2]), number(row[3]), number(row[4])));
        }
        return stats;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
