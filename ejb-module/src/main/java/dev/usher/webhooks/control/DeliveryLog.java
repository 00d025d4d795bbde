package dev.usher.webhooks.control;

import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.webhooks.entity.WebhookDelivery;
import dev.usher.webhooks.entity.WebhookSubscription;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * A subscription's delivery log, the same for an event's subscription and a server-wide one: its
 * latest rows, and a finished row queued again. The boundaries have found the subscription within
 * what the caller may see.
 */
@Dependent
public class DeliveryLog {

    /** The log lists this many of a subscription's deliveries, newest first. */
    public static final int LOGGED = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookQueue queue;

    public List<WebhookDelivery> latest(WebhookSubscription subscription) {
        return em.createNamedQuery(WebhookDelivery.FIND_BY_SUBSCRIPTION, WebhookDelivery.class)
                .setParameter("subscriptionId", subscription.id()).setMaxResults(LOGGED).getResultList();
    }

    /**
     * Queues a finished delivery's payload again, at the end of its subscription's queue (so the
     * order of what follows is kept); a delivery still open is already going to be sent (409), and a
     * disabled subscription would send nothing (409).
     */
    public WebhookDelivery redeliver(WebhookSubscription subscription, UUID deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.subscriptionId().equals(subscription.id())) {
            throw new NotFoundException("Delivery " + deliveryId + " not found in this subscription");
        }
        if (!subscription.active()) {
            throw new ConflictException("The subscription is disabled; nothing would be sent");
        }
        if (delivery.state().equals("pending") || delivery.state().equals("sending")) {
            throw new ConflictException("The delivery is still " + delivery.state() + "; it will be sent");
        }
        UUID again = queue.redeliver(deliveryId);
        em.flush();
        return em.find(WebhookDelivery.class, again);
    }
}
