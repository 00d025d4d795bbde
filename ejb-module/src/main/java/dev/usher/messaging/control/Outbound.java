package dev.usher.messaging.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.whatsapp.WhatsAppMessage;
import dev.usher.whatsapp.WhatsAppPayloads;

/**
 * One message to one guest, ready to record and send. {@code recipient} is the E.164 number,
 * or null when the guest has none that is valid (a broadcast records that as a failure).
 * {@code message} is what goes to WhatsApp; {@code recorded} what the ledger keeps of it, which
 * every member of the event may read: the same message, but a guest's RSVP link (a credential to
 * answer as the guest) left as its {@code {rsvpLink}} placeholder.
 */
public record Outbound(DeliveryRefs refs, String recipient, String noPhoneReason, WhatsAppMessage message,
                       WhatsAppMessage recorded) {

    /** The ledger's code for a guest without a usable phone number. */
    public static final String NO_PHONE = "no-valid-phone";

    public static Outbound to(DeliveryRefs refs, String recipient, GuestMessages.Composed composed) {
        return new Outbound(refs, recipient, null, composed.sent(), composed.recorded());
    }

    public static Outbound withoutPhone(DeliveryRefs refs, String reason, GuestMessages.Composed composed) {
        return new Outbound(refs, null, reason, composed.sent(), composed.recorded());
    }

    /** The message as its ledger record keeps it (no number: an empty recipient). */
    public RecordedSends.Outgoing outgoing() {
        return new RecordedSends.Outgoing(Channel.whatsapp, recipient == null ? "" : recipient, message.kind(), refs,
                WhatsAppPayloads.ledgerContent(recorded).toString());
    }
}
