package dev.usher.webhooks.boundary;

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
 * Server-wide webhook subscriptions: every event's occurrences of the chosen types (and those of no
 * event, such as official invitations'), for super-admins only, who share them (one super-admin sees
 * and manages another's). Their rows have no event, so the event endpoints ({@link Webhooks}) never
 * reach them; and these methods reach nothing but them.
 */
@Stateless
@RolesAllowed(Roles.SUPER_ADMIN)
public class ServerWebhooks {

    /** As for an event: one receiver can fan out. */
    public static final int MAX_SERVER_WIDE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    SubscriptionRules rules;

    @Inject
    WebhookSecrets secrets;

    @Inject
    DeliveryLog log;

    public List<WebhookView> list() {
        return em.createNamedQuery(WebhookSubscription.FIND_SERVER_WIDE, WebhookSubscription.class)
                .getResultList().stream().map(WebhookView::of).toList();
    }

    public WebhookView get(UUID id) {
        return WebhookView.of(existing(id));
    }

    public WebhookCreated create(WebhookInput input) {
        List<String> types = rules.check(input);
        long count = em.createNamedQuery(WebhookSubscription.COUNT_SERVER_WIDE, Long.class).getSingleResult();
        if (count >= MAX_SERVER_WIDE) {
            throw new ConflictException("There are at most " + MAX_SERVER_WIDE + " server-wide webhook subscriptions");
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = WebhookSubscription.serverWide(input.url(), types,
                secrets.seal(secret), input.active() == null || input.active());
        em.persist(subscription);
        em.flush();
        return WebhookCreated.of(subscription, secret);
    }

    /** Deletes the subscription and, with it, its queue and log. */
    public void delete(UUID id) {
        em.remove(existing(id));
        em.flush();
    }

    public List<WebhookDeliveryView> deliveries(UUID id) {
        return log.latest(existing(id)).stream().map(WebhookDeliveryView::of).toList();
    }

    /** As an event's: a finished delivery's payload queued again at the end of the subscription's queue. */
    public WebhookDeliveryView redeliver(UUID id, UUID deliveryId) {
        return WebhookDeliveryView.of(log.redeliver(existing(id), deliveryId));
    }

    private WebhookSubscription existing(UUID id) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null || !subscription.serverWide()) {
            throw new NotFoundException("Server-wide webhook " + id + " not found");
        }
        return subscription;
    }
}
