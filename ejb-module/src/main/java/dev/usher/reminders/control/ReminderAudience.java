package dev.usher.reminders.control;

import dev.usher.reminders.entity.ReminderChannel;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;
import java.util.UUID;

/**
 * The guests a reminder reaches, in id order, page by page (the job checkpoints the last one):
 * the event's guests who have not answered (status {@code invited}) and have an address on the
 * reminder's channel; with {@code openedOnly}, only those who opened an e-mail of Usher's (its
 * ledger record was marked opened by the tracking pixel). One query over guests and the ledger,
 * like messaging's FallbackRecipients: the known exception to one owner per table, for a paged join.
 */
@Dependent
public class ReminderAudience {

    @PersistenceContext
    EntityManager em;

    /** Who a reminder is for. */
    public record Selection(UUID eventId, ReminderChannel channel, boolean openedOnly) {
    }

    public long count(Selection selection) {
        Query query = em.createNativeQuery("SELECT count(*) FROM guests g" + where(selection, false));
        bind(query, selection, null);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The next guests after {@code after} (null: from the start), by id. */
    @SuppressWarnings("unchecked")
    public List<UUID> after(Selection selection, UUID after, int limit) {
        Query query = em.createNativeQuery("SELECT CAST(g.id AS text) FROM guests g" + where(selection, after != null)
                + " ORDER BY g.id LIMIT " + limit);
        bind(query, selection, after);
        return ((List<Object>) query.getResultList()).stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    private static String where(Selection selection, boolean after) {
        StringBuilder sql = new StringBuilder(" WHERE g.event_id = ?1 AND g.status = 'invited'");
        sql.append(selection.channel() == ReminderChannel.email ? " AND g.email IS NOT NULL" : " AND g.phone IS NOT NULL");
        if (selection.openedOnly()) {
            sql.append(" AND EXISTS (SELECT 1 FROM deliveries d WHERE d.guest_id = g.id AND d.channel = 'email'"
                    + " AND d.read_at IS NOT NULL)");
        }
        if (after) {
            sql.append(" AND g.id > CAST(?2 AS uuid)");
        }
        return sql.toString();
    }

    private static void bind(Query query, Selection selection, UUID after) {
        query.setParameter(1, selection.eventId());
        if (after != null) {
            query.setParameter(2, after.toString());
        }
    }
}
