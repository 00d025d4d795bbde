package dev.usher.guests.control;

import dev.usher.guests.boundary.GuestFilter;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.entity.Guest;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import dev.usher.platform.paging.SortOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Filtered, sorted, paged guest lists. The filter becomes JPQL with bound parameters
 * only; sort keys come from a fixed list.
 */
@Dependent
public class GuestSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "firstName", "g.firstName",
            "lastName", "g.lastName",
            "status", "g.status",
            "side", "g.side",
            "partySize", "g.partySize",
            "createdAt", "g.createdAt",
            "updatedAt", "g.updatedAt");

    /** EclipseLink's hints to read a page's households in one query per collection, not one per guest. */
    public static final String BATCH = "eclipselink.batch";
    public static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext
    EntityManager em;

    public Page<GuestView> find(UUID eventId, GuestFilter filter, String sort, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(eventId, filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(g) from Guest g" + where, Long.class);
        TypedQuery<Guest> items = em.createQuery("select g from Guest g" + where
                + SortOrder.jpql(sort, "lastName,firstName", SORTABLE, "g.id"), Guest.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        var rows = items.setFirstResult(page.skip()).setMaxResults(page.limit())
                .setHint(BATCH, "g.members")
                .setHint(BATCH, "g.answers")
                .setHint(BATCH_TYPE, "IN")
                .getResultList().stream()
                .map(GuestView::of)
                .toList();
        return new Page<>(rows, count.getSingleResult(), page.skip(), page.limit());
    }

    /** The ids of every guest the filter matches, in id order (a bulk job's fixed work list). */
    public List<UUID> ids(UUID eventId, GuestFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<UUID> ids = em.createQuery("select g.id from Guest g" + where(eventId, filter, parameters)
                + " order by g.id", UUID.class);
        parameters.forEach(ids::setParameter);
        return ids.getResultList();
    }

    private static String where(UUID eventId, GuestFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where g.event.id = :eventId");
        parameters.put("eventId", eventId);
        if (filter.status() != null) {
            where.append(" and g.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.side() != null && !filter.side().isBlank()) {
            where.append(" and lower(g.side) = :side");
            parameters.put("side", filter.side().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.arrived() != null) {
            // V18's guest_arrived: the check-in area's counts, read without this area depending on it.
            where.append(filter.arrived() ? " and function('guest_arrived', g.id) = true"
                    : " and function('guest_arrived', g.id) = false");
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String text = filter.search().strip().toLowerCase(Locale.ROOT);
            where.append(" and (lower(g.firstName) like :text escape '\\'"
                    + " or lower(g.lastName) like :text escape '\\'"
                    + " or lower(concat(concat(g.firstName, ' '), g.lastName)) like :text escape '\\'"
                    + " or g.email like :text escape '\\'");
            parameters.put("text", "%" + escapeLike(text) + "%");
            String digits = text.replaceAll("[^0-9]", "");
            if (digits.length() >= 3) {
                where.append(" or g.phone like :digits");
                parameters.put("digits", "%" + digits + "%");
            }
            where.append(")");
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
