package dev.usher.deliveries.control;

import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way senders write the ledger. Callers run it inside their own transaction; a
 * sender records {@link #open} and {@link #sending} and commits before talking to the
 * provider, then records the outcome in a new transaction.
 */
@Dependent
public class DeliveryLedger {

    @PersistenceContext
    EntityManager em;

    /** A new record in state {@code queued}. */
    public Delivery open(Channel channel, String recipient, String kind, DeliveryRefs refs, String content) {
        Delivery delivery = new Delivery(channel, recipient, kind, refs, content);
        em.persist(delivery);
        return delivery;
    }

    public Delivery sending(UUID deliveryId) {
        Delivery delivery = locked(deliveryId);
        delivery.sending();
        return delivery;
    }

    public Delivery sent(UUID deliveryId, String providerMessageId) {
        Delivery delivery = locked(deliveryId);
        delivery.sent(providerMessageId);
        return delivery;
    }

    public Delivery failed(UUID deliveryId, String code, String reason) {
        Delivery delivery = locked(deliveryId);
        delivery.failed(code, reason, OffsetDateTime.now());
        return delivery;
    }

    /**
     * A status report from a provider (a webhook, a tracking pixel), matched by the provider's
     * message id. Unknown ids are not an error: empty is returned and the caller logs it.
     */
    public Optional<Delivery> reported(Channel channel, String providerMessageId, DeliveryState state,
                                       OffsetDateTime at, String errorCode, String errorReason) {
        Optional<Delivery> found = em.createNamedQuery(Delivery.FIND_BY_PROVIDER_ID, Delivery.class)
                .setParameter("channel", channel)
                .setParameter("providerMessageId", providerMessageId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
        found.ifPresent(delivery -> {
            if (state == DeliveryState.failed) {
                delivery.failed(errorCode, errorReason, at);
            } else {
                delivery.advance(state, at);
            }
        });
        return found;
    }

    private Delivery locked(UUID deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw new IllegalArgumentException("No delivery " + deliveryId);
        }
        return delivery;
    }
}
