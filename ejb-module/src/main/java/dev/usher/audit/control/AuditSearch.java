package dev.usher.audit.control;

import dev.usher.audit.boundary.AuditFilter;
import dev.usher.audit.entity.AuditEntry;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One event's entries that a filter selects, newest first, in the database (V25's index leads with the event). */
@Dependent
public class AuditSearch {

    private static final String ORDER = " order by a.recordedAt desc, a.seq desc";

    @PersistenceContext
    EntityManager em;

    public Page<AuditEntry> find(UUID eventId, AuditFilter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(eventId, filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        TypedQuery<AuditEntry> items = em.createQuery("select a from AuditEntry a" + where + ORDER, AuditEntry.class)
                .setFirstResult(page.skip()).setMaxResults(page.limit());
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        return new Page<>(items.getResultList(), count.getSingleResult(), page.skip(), page.limit());
    }

    /** At most {@code limit} entries, newest first (the export). */
    public List<AuditEntry> all(UUID eventId, AuditFilter filter, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<AuditEntry> items = em.createQuery("select a from AuditEntry a"
                + where(eventId, filter, parameters) + ORDER, AuditEntry.class).setMaxResults(limit);
        parameters.forEach(items::setParameter);
        return items.getResultList();
    }

    /** Only fixed JPQL with named parameters: nothing of the request becomes query text. */
    private static String where(UUID eventId, AuditFilter f, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where a.eventId = :eventId");
        parameters.put("eventId", eventId);
        if (f.actorId() != null) {
            where.append(" and a.actorId = :actorId");
            parameters.put("actorId", f.actorId());
        }
        if (f.action() != null) {
            where.append(" and a.action = :action");
            parameters.put("action", f.action());
        }
        if (f.subjectType() != null) {
            where.append(" and a.subjectType = :subjectType");
            parameters.put("subjectType", f.subjectType());
        }
        if (f.subjectId() != null) {
            where.append(" and a.subjectId = :subjectId");
            parameters.put("subjectId", f.subjectId());
        }
        if (f.from() != null) {
            where.append(" and a.recordedAt >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and a.recordedAt < :to");
            parameters.put("to", f.to());
        }
        return where.toString();
    }
}
