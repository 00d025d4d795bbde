package dev.usher.webhooks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery queue's claims and outcomes, each its own short transaction: the request itself is
 * sent between them, outside any transaction (see {@link WebhookSchedule}).
 *
 * <p>Only a subscription's oldest open delivery (pending, or sending with a run-out lease) is ever
 * claimed, and the claim locks the subscription's row ({@code FOR UPDATE SKIP LOCKED}), so two servers
 * never claim for one subscription at once and a subscription never has two requests in flight: its
 * receiver sees its occurrences one at a time, in order. A server that stops mid-request leaves its
 * delivery {@code sending} until the lease runs out; then any server claims it again, so a delivery
 * is sent at least once (receivers deduplicate on the occurrence's {@code id}).
 */
@Dependent
public class WebhookQueue {

    /** A delivery whose receiver could not be reached for this long after it was queued has failed. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    /** No wait between attempts is longer than this. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private static final String CLAIMABLE = "((d.state = 'pending' AND d.next_attempt_at <= now())"
            + " OR (d.state = 'sending' AND d.lease_until < now()))"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries o WHERE o.subscription_id = d.subscription_id"
            + " AND o.state IN ('pending', 'sending') AND o.seq < d.seq)";

    @PersistenceContext
    EntityManager em;

    /** A claimed delivery: its request is to be sent now, and its outcome recorded with {@code attempt}. */
    public record Claimed(UUID deliveryId, UUID subscriptionId, int attempt, String url, String secret,
                          String eventType, String payload) {
    }

    /** The next delivery due, claimed for {@code lease} (longer than a request may take), if any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(Duration lease) {
        List<?> candidates = em.createNativeQuery("SELECT CAST(d.id AS text) FROM webhook_deliveries d"
                        + " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                        + " WHERE s.active AND d.state IN ('pending', 'sending') AND " + CLAIMABLE
                        + " ORDER BY d.next_attempt_at, d.seq LIMIT 1 FOR UPDATE OF s SKIP LOCKED")
                .getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(candidates.get(0).toString());
        // Checked again in a statement of its own: it sees every claim committed before the lock was
        // taken, which the first statement's snapshot may not have.
        int claimed = em.createNativeQuery("UPDATE webhook_deliveries d SET state = 'sending',"
                        + " attempts = attempts + 1, lease_until = now() + make_interval(secs => ?2)"
                        + " WHERE d.id = ?1 AND " + CLAIMABLE)
                .setParameter(1, id).setParameter(2, (double) lease.toSeconds()).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT CAST(s.id AS text), d.attempts, s.url, s.secret,"
                        + " d.event_type, d.payload FROM webhook_deliveries d"
                        + " JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = ?1")
                .setParameter(1, id).getSingleResult();
        return Optional.of(new Claimed(id, UUID.fromString(row[0].toString()), ((Number) row[1]).intValue(),
                row[2].toString(), row[3].toString(), row[4].toString(), row[5].toString()));
    }

    /** The receiver answered 2xx. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Claimed claimed, int status) {
        finish(claimed, "delivered", status, null);
    }

    /** The receiver answered 410 Gone: it wants no more, so its subscription is turned off. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void gone(Claimed claimed) {
        if (finish(claimed, "failed", 410, "410 Gone: the subscription was disabled")) {
            em.createNativeQuery("UPDATE webhook_subscriptions SET active = false,"
                            + " disabled_reason = 'The receiver answered 410 Gone' WHERE id = ?1")
                    .setParameter(1, claimed.subscriptionId()).executeUpdate();
        }
    }

    /**
     * Any other answer, or none: tried again after {@code base} doubled per attempt (at most an hour),
     * unless that would be more than three days after it was queued; then it has failed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retry(Claimed claimed, Integer status, String error, Duration base) {
        Duration wait = backoff(base, claimed.attempt());
        em.createNativeQuery("UPDATE webhook_deliveries SET last_status = CAST(?3 AS integer),"
                        + " last_error = CAST(?4 AS text), lease_until = NULL,"
                        + " next_attempt_at = now() + make_interval(secs => ?5),"
                        + " state = CASE WHEN now() + make_interval(secs => ?5) > created_at + make_interval(secs => ?6)"
                        + " THEN 'failed' ELSE 'pending' END,"
                        + " finished_at = CASE WHEN now() + make_interval(secs => ?5) > created_at"
                        + " + make_interval(secs => ?6) THEN now() END"
                        + " WHERE id = ?1 AND state = 'sending' AND attempts = ?2")
                .setParameter(1, claimed.deliveryId()).setParameter(2, claimed.attempt())
                .setParameter(3, status).setParameter(4, error)
                .setParameter(5, (double) wait.toSeconds()).setParameter(6, (double) GIVE_UP_AFTER.toSeconds())
                .executeUpdate();
    }

    static Duration backoff(Duration base, int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Records the end, unless the claim was lost (its lease ran out and another server claimed it again). */
    private boolean finish(Claimed claimed, String state, int status, String error) {
        return em.createNativeQuery("UPDATE webhook_deliveries SET state = ?3, last_status = ?4, last_error = ?5,"
                        + " lease_until = NULL, finished_at = now() WHERE id = ?1 AND state = 'sending' AND attempts = ?2")
                .setParameter(1, claimed.deliveryId()).setParameter(2, claimed.attempt()).setParameter(3, state)
                .setParameter(4, status).setParameter(5, error).executeUpdate() == 1;
    }

    /** Queues the payload of a finished delivery again, as a new delivery at the end of its subscription's queue. */
    public UUID redeliver(UUID deliveryId) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO webhook_deliveries (id, subscription_id, event_id, occurrence_id,"
                        + " event_type, payload, redelivery_of) SELECT ?1, subscription_id, event_id, occurrence_id,"
                        + " event_type, payload, id FROM webhook_deliveries WHERE id = ?2")
                .setParameter(1, id).setParameter(2, deliveryId).executeUpdate();
        return id;
    }
}
