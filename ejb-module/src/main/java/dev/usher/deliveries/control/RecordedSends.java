package dev.usher.deliveries.control;

import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The one protocol by which every sender (invitation e-mails, WhatsApp messages and broadcasts,
 * a broadcast's fallback e-mails, reminders, the confirmation of a guest's answer, which is first
 * {@linkplain #queue queued} in the answer's transaction) sends a message at most once: record it {@code sending} and
 * commit, hand it over (outside any transaction, so no connection waits on the provider), record
 * each retry as one more attempt, then record the outcome, each step in a transaction of its own.
 * A crash between the hand-over and its outcome leaves the record {@code sending}: in doubt,
 * never sent again by itself. Within a run (a broadcast, a bulk send) the run's record for the
 * same recipient decides by {@link SendDecision}, so a restart skips what went out.
 *
 * <p>The outcome's commit does not wait for the disk (PostgreSQL's asynchronous commit): only
 * the {@code sending} record before the hand-over must be durable. Should the database itself
 * crash in the fraction of a second before the outcome reaches the disk, the record is still
 * {@code sending}, in doubt, which is the safe side; it saves a disk flush per message, the
 * larger part of a broadcast's cost.
 */
@ApplicationScoped
public class RecordedSends {

    /** The error code of a record a person released from doubt. */
    public static final String IN_DOUBT = "in-doubt";

    @Inject
    DeliveryLedger ledger;

    @PersistenceContext
    EntityManager em;

    /** One message to one recipient, as its record keeps it. */
    public record Outgoing(Channel channel, String recipient, String kind, DeliveryRefs refs, String content) {
    }

    /** How a send in a run starts: its record, what was decided, and the record's state now. */
    public record Start(UUID deliveryId, SendDecision decision, DeliveryState state) {

        /** Whether the message is to be handed over now. */
        public boolean sends() {
            return decision.sends() && state == DeliveryState.sending;
        }
    }

    /**
     * A message outside any run: a new record, {@code sending} (attempt 1), in the caller's
     * transaction, so checks the caller made under its locks commit with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(Outgoing message) {
        Delivery delivery = ledger.open(message.channel(), message.recipient(), message.kind(), message.refs(),
                message.content());
        delivery.sending();
        return delivery.id();
    }

    /**
     * A message of a run, in the caller's transaction: {@code existing} (locked, or null) is the
     * run's record for this recipient, and decides. None: a new record, {@code sending}. Never went
     * out: the same record, {@code sending} again, to the recipient and content as they are now.
     * In doubt or sent: left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Start openInRun(Delivery existing, Outgoing message) {
        SendDecision decision = SendDecision.given(existing == null ? null : existing.state());
        if (!decision.sends()) {
            return new Start(existing.id(), decision, existing.state());
        }
        if (existing != null) {
            existing.resend(message.recipient(), message.content());
            return new Start(existing.id(), decision, DeliveryState.sending);
        }
        return new Start(open(message), decision, DeliveryState.sending);
    }

    /**
     * A message to hand over only once the caller's transaction commits (a guest's answer must not
     * wait for, or fail with, the mail server): a new record, {@code queued}, in that transaction, so
     * it exists exactly when what it reports does. {@link #startQueued} takes it from there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(Outgoing message) {
        return ledger.open(message.channel(), message.recipient(), message.kind(), message.refs(),
                message.content()).id();
    }

    /**
     * Takes a queued message to {@code sending} (attempt 1) in the caller's transaction, under the
     * record's lock: its record, or empty when it is no longer queued (it was taken already), so it
     * goes out once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> startQueued(UUID deliveryId) {
        Delivery delivery = ledger.locked(deliveryId);
        if (delivery.state() != DeliveryState.queued) {
            return Optional.empty();
        }
        delivery.sending();
        return Optional.of(delivery);
    }

    /** As {@link #open}, committed at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID begin(Outgoing message) {
        return open(message);
    }

    /**
     * As {@link #openInRun} for a broadcast ({@code refs.broadcastId()}), whose record per guest
     * and channel a unique index keeps single, committed at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Start beginInBroadcast(Outgoing message) {
        return openInRun(inBroadcast(message), message);
    }

    /**
     * A guest of a broadcast the message cannot go to (no usable address): recorded as failed
     * with {@code code} and {@code reason}, so the broadcast's totals account for every guest,
     * unless the broadcast sent to the guest before (or left it in doubt). Committed at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Start unsendableInBroadcast(Outgoing message, String code, String reason) {
        Delivery existing = inBroadcast(message);
        SendDecision decision = SendDecision.given(existing == null ? null : existing.state());
        if (!decision.sends()) {
            return new Start(existing.id(), decision, existing.state());
        }
        Delivery delivery = existing != null ? existing : ledger.open(message.channel(), message.recipient(),
                message.kind(), message.refs(), message.content());
        delivery.failed(code, reason, OffsetDateTime.now(ZoneOffset.UTC));
        return new Start(delivery.id(), decision, DeliveryState.failed);
    }

    private Delivery inBroadcast(Outgoing message) {
        return ledger.inBroadcast(message.refs().broadcastId(), message.refs().guestId(), message.channel())
                .orElse(null);
    }

    /** Another hand-over of the same message after a temporary failure: one more attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retrying(UUID deliveryId) {
        ledger.sending(deliveryId);
    }

    /** The provider accepted the message (under its id; null when it gives none, as SMTP). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID deliveryId, String providerMessageId) {
        sent(deliveryId, providerMessageId, () -> { });
    }

    /** As {@link #sent(UUID, String)}, with what the sender records of it in the same transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID deliveryId, String providerMessageId, Runnable alongside) {
        commitWithoutWaitingForDisk();
        ledger.sent(deliveryId, providerMessageId);
        alongside.run();
    }

    /** The message did not get through, for good or after the retries. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID deliveryId, String code, String reason) {
        failed(deliveryId, code, reason, () -> { });
    }

    /** As {@link #failed(UUID, String, String)}, with what the sender records of it in the same transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID deliveryId, String code, String reason, Runnable alongside) {
        commitWithoutWaitingForDisk();
        ledger.failed(deliveryId, code, reason);
        alongside.run();
    }

    /**
     * A person's decision about a send left in doubt: it counts as failed (code {@code in-doubt},
     * with {@code reason}), so it may be sent again on the same record.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseInDoubt(UUID deliveryId, String reason) {
        ledger.failed(deliveryId, IN_DOUBT, reason);
    }

    /**
     * As {@link #releaseInDoubt}, in the caller's transaction, for an invitation's e-mails still
     * {@code sending} since before {@code before}: a person's explicit resend replaces them.
     * Younger ones may still be in flight and are left.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseInDoubtEmails(UUID invitationId, OffsetDateTime before, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ledger.emailsInDoubt(invitationId, before).forEach(doubtful -> doubtful.failed(IN_DOUBT, reason, now));
    }

    private void commitWithoutWaitingForDisk() {
        em.createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)").getSingleResult();
    }
}
