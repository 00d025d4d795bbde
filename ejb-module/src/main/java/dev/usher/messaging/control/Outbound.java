package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.messaging.entity.WhatsAppMessage;

/**
 * One message to one guest, ready to record and send. {@code recipient} is the E.164 number,
 * or null when the guest has none that is valid (a broadcast records that as a failure).
 */
public record Outbound(DeliveryRefs refs, String recipient, String noPhoneReason, WhatsAppMessage message) {

    public static Outbound to(DeliveryRefs refs, String recipient, WhatsAppMessage message) {
        return new Outbound(refs, recipient, null, message);
    }

    public static Outbound withoutPhone(DeliveryRefs refs, String reason, WhatsAppMessage message) {
        return new Outbound(refs, null, reason, message);
    }

    public String content() {
        return WhatsAppPayloads.ledgerContent(message).toString();
    }
}
