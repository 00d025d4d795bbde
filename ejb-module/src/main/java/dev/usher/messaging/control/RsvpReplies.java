package dev.usher.messaging.control;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.control.GuestAnswers;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.StatusChangeSource;
import dev.usher.messaging.entity.RsvpAnswer;
import dev.usher.messaging.entity.RsvpPayload;
import dev.usher.whatsapp.WebhookPayload;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A guest's WhatsApp message read as an RSVP. Two ways count:
 * <ul>
 * <li>a tapped quick-reply of an Usher template, whose payload names the guest and the answer
 * ({@link RsvpPayload}); it counts when it answers a message Usher sent that guest, or comes
 * from the guest's own number;</li>
 * <li>a clear yes or no in words ({@link RsvpWords}), matched to the guest of the message it
 * replies to, else of the latest message Usher sent to that number.</li>
 * </ul>
 * Anything else is left alone. The change goes through {@link GuestAnswers}, which records it
 * with its source and applies each inbound message once.
 */
@Dependent
public class RsvpReplies {

    private static final Logger LOG = Logger.getLogger(RsvpReplies.class.getName());
    private static final int MAX_EVIDENCE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests guests;

    @Inject
    DeliveryLedger ledger;

    @Inject
    GuestAnswers answers;

    /** @return what became of the reply, or empty when it was not an answer Usher could place */
    public Optional<GuestAnswers.Outcome> apply(WebhookPayload.InboundMessage message, String ourPhoneNumberId) {
        if (message.from() == null || message.messageId() == null) {
            return Optional.empty();
        }
        if (ourPhoneNumberId != null && message.phoneNumberId() != null
                && !ourPhoneNumberId.equals(message.phoneNumberId())) {
            return Optional.empty();
        }
        Delivery answered = message.contextMessageId() == null ? null
                : ledger.byProviderId(Channel.whatsapp, message.contextMessageId()).orElse(null);
        Optional<RsvpPayload> payload = RsvpPayload.parse(message.payload());
        if (payload.isPresent()) {
            return byButton(message, payload.get(), answered);
        }
        Optional<RsvpAnswer> word = RsvpWords.of(message.text());
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Delivery about = answered != null && answered.guestId() != null && sameNumber(answered.recipient(), message.from())
                ? answered
                : ledger.latestToGuestAt(Channel.whatsapp, "+" + message.from()).orElse(null);
        if (about == null || about.guestId() == null || guests.byId(about.guestId()).isEmpty()) {
            LOG.info(() -> "WhatsApp reply " + message.messageId() + " reads as '" + word.get()
                    + "' but answers no message Usher sent to a guest; ignored");
            return Optional.empty();
        }
        return Optional.of(answers.apply(about.guestId(), answer(word.get(), "text: " + message.text(),
                about.id(), message)));
    }

    private Optional<GuestAnswers.Outcome> byButton(WebhookPayload.InboundMessage message, RsvpPayload payload,
                                                    Delivery answered) {
        Guest guest = guests.byId(payload.guestId()).orElse(null);
        if (guest == null) {
            LOG.info(() -> "WhatsApp quick reply " + message.messageId() + " names a guest that no longer exists");
            return Optional.empty();
        }
        boolean answersThisGuest = answered != null && payload.guestId().equals(answered.guestId());
        if (!answersThisGuest && !sameNumber(guest.phone(), message.from())) {
            LOG.warning(() -> "WhatsApp quick reply " + message.messageId() + " names guest " + payload.guestId()
                    + " but neither answers a message sent to that guest nor comes from the guest's number; ignored");
            return Optional.empty();
        }
        return Optional.of(answers.apply(guest.id(), answer(payload.answer(), "button: " + payload.format(),
                answered == null ? null : answered.id(), message)));
    }

    private static GuestAnswers.Answer answer(RsvpAnswer answer, String evidence, UUID deliveryId,
                                              WebhookPayload.InboundMessage message) {
        String shown = evidence.length() > MAX_EVIDENCE ? evidence.substring(0, MAX_EVIDENCE) : evidence;
        OffsetDateTime at = message.at() != null ? message.at() : OffsetDateTime.now(ZoneOffset.UTC);
        return new GuestAnswers.Answer(answer.status(), StatusChangeSource.WHATSAPP_REPLY, shown, deliveryId,
                message.messageId(), at);
    }

    /** Meta's wa_id is the number's digits without the plus. */
    private static boolean sameNumber(String e164, String waId) {
        return e164 != null && waId != null && e164.replaceAll("[^0-9]", "").equals(waId.replaceAll("[^0-9]", ""));
    }
}
