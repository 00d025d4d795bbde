package dev.usher.webhooks.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.webhooks.control.SubscriptionRules;
import dev.usher.webhooks.control.DeliveryLog;
import dev.usher.webhooks.control.WebhookSecrets;
import dev.usher.webhooks.control.WebhookSignature;
import dev.usher.webhooks.entity.WebhookSubscription;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * An event's webhook subscriptions and their delivery log, for its admins only: a receiver learns of
 * every guest's answer, so choosing one is as much as managing members. Every id is looked up within
 * the event named by the path, so nothing of another event is reachable, nor any server-wide
 * subscription ({@link ServerWebhooks}).
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Webhooks {

    /** More would be a misuse: one receiver can fan out. */
    public static final int MAX_PER_EVENT = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    SubscriptionRules rules;

    @Inject
    WebhookSecrets secrets;

    @Inject
    DeliveryLog log;

    @RequiresEventRole(EventRole.admin)
    public List<WebhookView> list(@EventId UUID eventId) {
        return em.createNamedQuery(WebhookSubscription.FIND_BY_EVENT, WebhookSubscription.class)
                .setParameter("eventId", eventId).getResultList().stream().map(WebhookView::of).toList();
    }

    @RequiresEventRole(EventRole.admin)
    public WebhookView get(@EventId UUID eventId, UUID id) {
        return WebhookView.of(existing(eventId, id));
    }

    @RequiresEventRole(EventRole.admin)
    public WebhookCreated create(@EventId UUID eventId, WebhookInput input) {
        List<String> types = rules.check(input);
        long count = em.createNamedQuery(WebhookSubscription.COUNT_BY_EVENT, Long.class)
                .setParameter("eventId", eventId).getSingleResult();
        if (count >= MAX_PER_EVENT) {
            throw new ConflictException("An event has at most " + MAX_PER_EVENT + " webhook subscriptions");
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(eventId, input.url(), types,
                secrets.seal(secret), input.active() == null || input.active());
        em.persist(subscription);
        em.flush();
        return WebhookCreated.of(subscription, secret);
    }

    /** Deletes the subscription and, with it, its queue and log. */
    @RequiresEventRole(EventRole.admin)
    public void delete(@EventId UUID eventId, UUID id) {
        em.remove(existing(eventId, id));
        em.flush();
    }

    @RequiresEventRole(EventRole.admin)
    public List<WebhookDeliveryView> deliveries(@EventId UUID eventId, UUID id) {
        return log.latest(existing(eventId, id)).stream().map(WebhookDeliveryView::of).toList();
    }

    /**
     * Queues a finished delivery's payload again, at the end of its subscription's queue (so the
     * order of what follows is kept); a delivery still open is already going to be sent.
     */
    @RequiresEventRole(EventRole.admin)
    public WebhookDeliveryView redeliver(@EventId UUID eventId, UUID id, UUID deliveryId) {
        return WebhookDeliveryView.of(log.redeliver(existing(eventId, id), deliveryId));
    }

    private WebhookSubscription existing(UUID eventId, UUID id) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        // A server-wide subscription has no event: never one of an event's.
        if (subscription == null || !eventId.equals(subscription.eventId())) {
            throw new NotFoundException("Webhook " + id + " not found in this event");
        }
        return subscription;
    }
}
