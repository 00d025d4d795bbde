package dev.usher.guests.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.identity.control.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Guest counts, computed by the database with GROUP BY rather than by loading guests. */
@Stateless
@RolesAllowed(Roles.USER)
public class GuestStatistics {

    @PersistenceContext
    EntityManager em;

    /** Per side and status in one grouped query; the totals are sums of the side rows. */
    @RequiresEventRole(EventRole.viewer)
    public EventStats of(@EventId UUID eventId) {
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
        List<EventStats.SideStats> sides = new ArrayList<>();
        long total = 0, confirmed = 0, declined = 0, headcount = 0, confirmedHeadcount = 0;
        for (Object[] row : rows) {
            var side = new EventStats.SideStats((String) row[0], number(row[1]), number(row[2]), number(row[3]),
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
        return new EventStats(total, headcount, confirmedHeadcount, byStatus, sides,
                QuickStats.rate(confirmed, total), QuickStats.rate(confirmed + declined, total));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
