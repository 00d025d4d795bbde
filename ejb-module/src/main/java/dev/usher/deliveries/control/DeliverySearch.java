package dev.usher.deliveries.control;

import dev.usher.deliveries.boundary.DeliveryFilter;
import dev.usher.deliveries.boundary.DeliveryView;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import dev.usher.platform.paging.SortOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Filtered, paged lists and per-state counts of one event's messages, in the database. The
 * filter becomes JPQL with bound parameters only; sort keys come from a fixed list. Checks no
 * membership: boundaries call it for an event they have guarded.
 */
@Dependent
public class DeliverySearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "queuedAt", "d.queuedAt",
            "updatedAt", "d.updatedAt",
            "state", "d.state",
            "channel", "d.channel");

    @PersistenceContext
    EntityManager em;

    public Page<DeliveryView> find(UUID eventId, DeliveryFilter filter, String sort, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(eventId, filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(d) from Delivery d" + where, Long.class);
        TypedQuery<Delivery> items = em.createQuery("select d from Delivery d" + where
                + SortOrder.jpql(sort, "-queuedAt", SORTABLE, "d.id"), Delivery.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        var rows = items.setFirstResult(page.skip()).setMaxResults(page.limit()).getResultList().stream()
                .map(DeliveryView::of)
                .toList();
        return new Page<>(rows, count.getSingleResult(), page.skip(), page.limit());
    }

    /** Count per state in one grouped query. */
    public Map<DeliveryState, Long> countByState(UUID eventId, DeliveryFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(eventId, filter, parameters);
        TypedQuery<Object[]> query = em.createQuery(
                "select d.state, count(d) from Delivery d" + where + " group by d.state", Object[].class);
        parameters.forEach(query::setParameter);
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (Object[] row : query.getResultList()) {
            counts.put((DeliveryState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static String where(UUID eventId, DeliveryFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where d.eventId = :eventId and d.kind not in :toMembers");
        parameters.put("eventId", eventId);
        parameters.put("toMembers", Delivery.TO_MEMBERS);
        if (filter.channel() != null) {
            where.append(" and d.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.state() != null) {
            where.append(" and d.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.guestId() != null) {
            where.append(" and d.guestId = :guestId");
            parameters.put("guestId", filter.guestId());
        }
        if (filter.broadcastId() != null) {
            where.append(" and d.broadcastId = :broadcastId");
            parameters.put("broadcastId", filter.broadcastId());
        }
        return where.toString();
    }
}
