package dev.usher.invitations.control;

import dev.usher.invitations.boundary.InvitationFilter;
import dev.usher.invitations.boundary.InvitationTotals;
import dev.usher.invitations.boundary.InvitationView;
import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import dev.usher.platform.paging.SortOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Filtered, sorted, paged invitation lists, and the totals. Bound parameters and whitelisted sort keys only. */
@Dependent
public class InvitationSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "number", "i.number",
            "recipientName", "i.recipientName",
            "email", "i.email",
            "status", "i.status",
            "type", "i.type",
            "sentAt", "i.sentAt",
            "scannedAt", "i.scannedAt",
            "createdAt", "i.createdAt");

    @PersistenceContext
    EntityManager em;

    public Page<InvitationView> find(InvitationFilter filter, String sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.eventId() != null) {
            where.append(" and i.eventId = :eventId");
            parameters.put("eventId", filter.eventId());
        }
        if (filter.type() != null) {
            where.append(" and i.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.createdFrom() != null && filter.createdTo() != null && filter.createdTo().isBefore(filter.createdFrom())) {
            throw new BadRequestException("createdTo must not be before createdFrom");
        }
        if (filter.createdFrom() != null) {
            where.append(" and i.createdAt >= :from");
            parameters.put("from", filter.createdFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.createdTo() != null) {
            where.append(" and i.createdAt < :to");
            parameters.put("to", filter.createdTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.append(" and (lower(i.recipientName) like :text escape '\\' or i.email like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(filter.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(i) from Invitation i" + where, Long.class);
        TypedQuery<Invitation> items = em.createQuery("select i from Invitation i left join fetch i.event" + where
                + SortOrder.jpql(sort, "-createdAt", SORTABLE, "i.id"), Invitation.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        var rows = items.setFirstResult(page.skip()).setMaxResults(page.limit()).getResultList().stream()
                .map(InvitationView::of)
                .toList();
        return new Page<>(rows, count.getSingleResult(), page.skip(), page.limit());
    }

    /** One pass over the table with FILTER clauses. */
    public InvitationTotals stats() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               count(*) FILTER (WHERE sent_at IS NOT NULL),
                               count(*) FILTER (WHERE opened_at IS NOT NULL),
                               count(*) FILTER (WHERE scanned_at IS NOT NULL),
                               count(*) FILTER (WHERE status = 'pending'),
                               count(*) FILTER (WHERE status = 'failed'),
                               count(*) FILTER (WHERE status = 'revoked')
                        FROM invitations""")
                .getSingleResult();
        return new InvitationTotals(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
