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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's reads and writes, in the caller's transaction. Senders reach it through
 * {@link RecordedSends}, the send protocol; providers' status reports (webhooks, the tracking
 * pixel) through {@link #report}.
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

    /**
     * Up to {@code limit} records of {@code kind} still {@code queued} since before {@code before},
     * oldest first: messages a server recorded and then stopped before sending.
     */
    public List<UUID> queuedOfKindBefore(String kind, OffsetDateTime before, int limit) {
        return em.createNamedQuery(Delivery.FIND_QUEUED_OF_KIND_BEFORE, UUID.class)
                .setParameter("kind", kind)
                .setParameter("queued", DeliveryState.queued)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
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

    /**
     * An invitation's e-mails still {@code sending} since before {@code before}, locked: a crash
     * caught them mid-hand-over, or they are still in flight when {@code before} is too recent.
     */
    public List<Delivery> emailsInDoubt(UUID invitationId, OffsetDateTime before) {
        return em.createNamedQuery(Delivery.FIND_IN_DOUBT_FOR_INVITATION, Delivery.class)
                .setParameter("invitationId", invitationId)
                .setParameter("channel", Channel.email)
                .setParameter("sending", DeliveryState.sending)
                .setParameter("before", before)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
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
        Optional<Delivery> found = lockedByProviderId(channel, providerMessageId);
        found.ifPresent(delivery -> apply(delivery, state, at, errorCode, errorReason));
        return found;
    }

    /** What a provider's status report did to the ledger. */
    public enum Report {
        /** The record moved forward. */
        CHANGED,
        /** A repeat, or a late report the record has passed (a delivered after read). */
        UNCHANGED,
        /** No record has this provider id. */
        UNKNOWN
    }

    /** As {@link #reported}, saying whether the report changed anything. */
    public Report report(Channel channel, String providerMessageId, DeliveryState state, OffsetDateTime at,
                         String errorCode, String errorReason) {
        return lockedByProviderId(channel, providerMessageId)
                .map(delivery -> apply(delivery, state, at, errorCode, errorReason) ? Report.CHANGED : Report.UNCHANGED)
                .orElse(Report.UNKNOWN);
    }

    private Optional<Delivery> lockedByProviderId(Channel channel, String providerMessageId) {
        return em.createNamedQuery(Delivery.FIND_BY_PROVIDER_ID, Delivery.class)
                .setParameter("channel", channel)
                .setParameter("providerMessageId", providerMessageId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    private static boolean apply(Delivery delivery, DeliveryState state, OffsetDateTime at, String errorCode,
                                 String errorReason) {
        if (state == DeliveryState.failed) {
            return delivery.failed(errorCode, errorReason, at);
        }
        return delivery.advance(state, at);
    }

    /**
     * The record of one guest in one broadcast on one channel, locked, if the broadcast has
     * reached that guest on that channel before (the unique index allows at most one).
     */
    public Optional<Delivery> inBroadcast(UUID broadcastId, UUID guestId, Channel channel) {
        return em.createNamedQuery(Delivery.FIND_BY_BROADCAST_AND_GUEST, Delivery.class)
                .setParameter("broadcastId", broadcastId)
                .setParameter("guestId", guestId)
                .setParameter("channel", channel)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /**
     * The record of one invitation's e-mail in one bulk send, locked, if that send has reached
     * the invitation before (the unique index allows at most one).
     */
    public Optional<Delivery> inBulkSend(UUID sendId, UUID invitationId) {
        return em.createNamedQuery(Delivery.FIND_BY_BROADCAST_AND_INVITATION, Delivery.class)
                .setParameter("broadcastId", sendId)
                .setParameter("invitationId", invitationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /** The record a provider knows under this id, without locking it. */
    public Optional<Delivery> byProviderId(Channel channel, String providerMessageId) {
        return em.createNamedQuery(Delivery.FIND_BY_PROVIDER_ID, Delivery.class)
                .setParameter("channel", channel)
                .setParameter("providerMessageId", providerMessageId)
                .getResultList().stream().findFirst();
    }

    /** The latest message to this recipient that was about a guest (replies are matched to it). */
    public Optional<Delivery> latestToGuestAt(Channel channel, String recipient) {
        return em.createNamedQuery(Delivery.FIND_LATEST_TO_GUEST_AT, Delivery.class)
                .setParameter("channel", channel)
                .setParameter("recipient", recipient)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The guest's latest message of {@code kind} that did not fail (the guests index finds it). */
    public Optional<Delivery> latestOfKindForGuest(UUID guestId, String kind) {
        return em.createNamedQuery(Delivery.FIND_LATEST_OF_KIND_FOR_GUEST, Delivery.class)
                .setParameter("guestId", guestId)
                .setParameter("kind", kind)
                .setParameter("failed", DeliveryState.failed)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The record, locked for the caller's transaction. */
    Delivery locked(UUID deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw new IllegalArgumentException("No delivery " + deliveryId);
        }
        return delivery;
    }
}
