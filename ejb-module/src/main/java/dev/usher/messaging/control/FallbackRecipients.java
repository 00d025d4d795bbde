package dev.usher.messaging.control;

import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryState;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.UUID;

/**
 * The guests a broadcast's e-mail fallback reaches: those whose WhatsApp message of the
 * broadcast failed, who have an e-mail address, and whom the broadcast has not e-mailed (no
 * e-mail record that went out). A failed e-mail record is read again, so the chunk an
 * unreachable mail server stopped is tried again on restart; a {@code sending} one, so a crash's
 * doubt is counted and listed ({@link FallbackMailer} leaves both kinds of decision to
 * {@link dev.usher.deliveries.control.SendDecision}). In a fixed order (by guest id), page by page, so the job
 * checkpoints the last guest it handled and resumes after it.
 */
@Dependent
public class FallbackRecipients {

    private static final String QUERY = """
            select w.guestId from Delivery w, Guest g
            where g.id = w.guestId and g.event.id = :eventId
              and w.broadcastId = :broadcastId and w.channel = :whatsapp and w.state = :failed
              and g.email is not null and g.email <> ''
              and not exists (select e.id from Delivery e where e.broadcastId = w.broadcastId
                              and e.guestId = w.guestId and e.channel = :email and e.state in :gone)""";

    /** The states of a message that left. */
    private static final List<DeliveryState> GONE = List.of(DeliveryState.sent, DeliveryState.delivered,
            DeliveryState.read, DeliveryState.opened);

    @PersistenceContext
    EntityManager em;

    /** The next guests after {@code after} (null: from the start). */
    public List<UUID> after(UUID eventId, UUID broadcastId, UUID after, int limit) {
        String jpql = QUERY + (after == null ? "" : " and w.guestId > :after") + " order by w.guestId";
        TypedQuery<UUID> query = em.createQuery(jpql, UUID.class)
                .setParameter("eventId", eventId)
                .setParameter("broadcastId", broadcastId)
                .setParameter("whatsapp", Channel.whatsapp)
                .setParameter("email", Channel.email)
                .setParameter("failed", DeliveryState.failed)
                .setParameter("gone", GONE)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }
}
