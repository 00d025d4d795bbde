package dev.usher.guests.control;

import dev.usher.events.boundary.EventCardStats;
import dev.usher.events.control.EventCardCounts;
import dev.usher.guests.boundary.GuestBreakdown;
import dev.usher.guests.entity.GuestStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Guest counts, computed by the database with GROUP BY rather than by loading guests: the
 * cards of many events in one query, and one event's breakdown by side and status. Checks no
 * membership; its callers have.
 */
@Dependent
public class GuestTallies implements EventCardCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<UUID, EventCardStats> of(Collection<UUID> eventIds) {
        Map<UUID, EventCardStats> stats = new HashMap<>();
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
            long total = number(row[1]);
            long confirmed = number(row[2]);
            stats.put((UUID) row[0], new EventCardStats(total, confirmed, number(row[3]), number(row[4]),
                    rate(confirmed, total)));
        }
        return stats;
    }

    /** Per side and status in one grouped query; the totals are sums of the side rows. */
    public GuestBreakdown breakdown(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT side,
                               count(*),
                               count(*) FILTER (WHERE status = 'confirmed'),
                               count(*) FILTER (WHERE status = 'declined'),
                               coalesce(sum(party_size), 0),
                               coalesce(sum(party_size) FILTER (WHERE status = 'confirmed'), 0)
                        FROM guests WHERE event_id = ?1
                        GROUP BY side ORDER BY side NULLS LAST""")
                .setParameter(1, eventId)
                .getResultList();
        List<GuestBreakdown.Side> sides = new ArrayList<>();
        long total = 0, confirmed = 0, declined = 0, headcount = 0, confirmedHeadcount = 0;
        for (Object[] row : rows) {
            var side = new GuestBreakdown.Side((String) row[0], number(row[1]), number(row[2]), number(row[3]),
                    number(row[4]), number(row[5]));
            sides.add(side);
            total += side.total();
            confirmed += side.confirmed();
            declined += side.declined();
            headcount += side.headcount();
            confirmedHeadcount += side.confirmedHeadcount();
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put(GuestStatus.invited.name(), total - confirmed - declined);
        byStatus.put(GuestStatus.confirmed.name(), confirmed);
        byStatus.put(GuestStatus.declined.name(), declined);
        return new GuestBreakdown(total, headcount, confirmedHeadcount, byStatus, sides,
                rate(confirmed, total), rate(confirmed + declined, total));
    }

    /** A fraction rounded to four places; 0 of nothing is 0. */
    static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
