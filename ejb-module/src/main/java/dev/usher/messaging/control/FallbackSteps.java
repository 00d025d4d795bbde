package dev.usher.messaging.control;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The ledger writes of one fallback e-mail, each in its own transaction that commits at once:
 * the e-mail record is {@code sending} before the message leaves (a crash in between leaves it
 * in doubt, never sent twice), and the outcome is kept whatever happens to the chunk.
 */
@Dependent
public class FallbackSteps {

    /** The ledger's kind for a broadcast's fallback e-mail. */
    public static final String KIND = "broadcast-fallback";

    @Inject
    DeliveryLedger ledger;

    /** The guest's e-mail record in the broadcast, and whether to send now ({@code send}). */
    public record Start(UUID deliveryId, boolean send, DeliveryState state) {
    }

    /**
     * Finds (locked) or opens the guest's e-mail record in the broadcast and decides by
     * {@link BroadcastAttempt}, the rule of the WhatsApp step: none or failed → send (as
     * {@code sending}); sending (in doubt) or sent → leave. The unique (broadcast, guest, channel)
     * index makes a second record impossible.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Start start(DeliveryRefs refs, FallbackEmail email) {
        Delivery existing = ledger.inBroadcast(refs.broadcastId(), refs.guestId(), Channel.email).orElse(null);
        BroadcastAttempt decision = BroadcastAttempt.decide(existing == null ? null : existing.state());
        if (decision == BroadcastAttempt.LEAVE) {
            return new Start(existing.id(), false, existing.state());
        }
        if (existing != null) {
            existing.resend(email.to(), email.ledgerContent());
            return new Start(existing.id(), true, DeliveryState.sending);
        }
        Delivery delivery = ledger.open(Channel.email, email.to(), KIND, refs, email.ledgerContent());
        delivery.sending();
        return new Start(delivery.id(), true, DeliveryState.sending);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retrying(UUID deliveryId) {
        ledger.sending(deliveryId);
    }

    /** SMTP gives no message id the ledger could match later, so none is kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID deliveryId) {
        ledger.sent(deliveryId, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID deliveryId, String code, String reason) {
        ledger.failed(deliveryId, code, reason);
    }
}
