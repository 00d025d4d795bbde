package dev.usher.messaging.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.whatsapp.WhatsAppMessage;
import dev.usher.whatsapp.WhatsAppPayloads;

/**
 * One message to one guest, ready to record and send. {@code recipient} is the E.164 number,
 * or null when the guest has none that is valid (a broadcast records that as a failure).
 */
public record Outbound(DeliveryRefs refs, String recipient, String noPhoneReason, WhatsAppMessage message) {

    /** The ledger's code for a guest without a usable phone number. */
    public static final String NO_PHONE = "no-valid-phone";

    public static Outbound to(DeliveryRefs refs, String recipient, WhatsAppMessage message) {
        return new Outbound(refs, recipient, null, message);
    }

    public static Outbound withoutPhone(DeliveryRefs refs, String reason, WhatsAppMessage message) {
        return new Outbound(refs, null, reason, message);
    }

    /** The message as its ledger record keeps it (no number: an empty recipient). */
    public RecordedSends.Outgoing outgoing() {
        return new RecordedSends.Outgoing(Channel.whatsapp, recipient == null ? "" : recipient, message.kind(), refs,
                WhatsAppPayloads.ledgerContent(message).toString());
    }
}
