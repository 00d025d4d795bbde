package dev.usher.messaging.control;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The ledger writes of one send, each in its own transaction that commits at once: the record
 * is visible as {@code sending} before Meta is called, and every outcome is kept even when the
 * caller's own transaction rolls back (a refused send still shows in the history).
 */
@Dependent
public class SendSteps {

    /** The ledger's code for a guest without a usable phone number. */
    public static final String NO_PHONE = "no-valid-phone";

    @Inject
    DeliveryLedger ledger;

    @PersistenceContext
    EntityManager em;

    /** The start of a broadcast send: the record, and whether to call Meta now. */
    public record Start(UUID deliveryId, boolean sendNow, DeliveryState state) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID open(Outbound outbound) {
        Delivery delivery = ledger.open(Channel.whatsapp, outbound.recipient(), outbound.message().kind(),
                outbound.refs(), outbound.content());
        delivery.sending();
        return delivery.id();
    }

    /**
     * Finds or opens the guest's record in the broadcast (locked) and decides by
     * {@link BroadcastAttempt}. A guest without a phone gets a failed record, so the broadcast's
     * totals account for every guest.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Start startInBroadcast(Outbound outbound) {
        Delivery existing = ledger.inBroadcast(outbound.refs().broadcastId(), outbound.refs().guestId(), Channel.whatsapp).orElse(null);
        BroadcastAttempt decision = BroadcastAttempt.decide(existing == null ? null : existing.state());
        if (decision == BroadcastAttempt.LEAVE) {
            return new Start(existing.id(), false, existing.state());
        }
        Delivery delivery = existing != null ? existing : ledger.open(Channel.whatsapp,
                outbound.recipient() == null ? "" : outbound.recipient(), outbound.message().kind(),
                outbound.refs(), outbound.content());
        if (outbound.recipient() == null) {
            delivery.failed(NO_PHONE, outbound.noPhoneReason(), OffsetDateTime.now(ZoneOffset.UTC));
            return new Start(delivery.id(), false, DeliveryState.failed);
        }
        if (existing != null) {
            delivery.resend(outbound.recipient(), outbound.content());
        } else {
            delivery.sending();
        }
        return new Start(delivery.id(), true, DeliveryState.sending);
    }

    /** Another call to Meta for the same record: one more attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retrying(UUID deliveryId) {
        ledger.sending(deliveryId);
    }

    /**
     * The outcome of a call, committed without waiting for the disk (PostgreSQL's asynchronous
     * commit): only the {@code sending} record before the call must be durable. Should the
     * database itself crash in the fraction of a second before the outcome reaches the disk, the
     * record is still {@code sending}, that is in doubt: never sent again by itself, which is the
     * safe side. It saves a disk flush per message, the larger part of a broadcast's cost.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID deliveryId, String messageId) {
        commitWithoutWaitingForDisk();
        ledger.sent(deliveryId, messageId);
    }

    /** The outcome of a call; committed as {@link #sent}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID deliveryId, String code, String reason) {
        commitWithoutWaitingForDisk();
        ledger.failed(deliveryId, code, reason);
    }

    private void commitWithoutWaitingForDisk() {
        em.createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)").getSingleResult();
    }

    /** An operator's decision about a send left in doubt: it counts as failed, so it may be sent again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseInDoubt(UUID deliveryId) {
        ledger.failed(deliveryId, "in-doubt", "left in doubt by an interrupted broadcast; resent by an operator");
    }
}
