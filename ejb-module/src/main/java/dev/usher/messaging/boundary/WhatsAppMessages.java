package dev.usher.messaging.boundary;

import dev.usher.deliveries.boundary.DeliveryView;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.entity.Guest;
import dev.usher.identity.control.Roles;
import dev.usher.mail.MailOutbox;
import dev.usher.messaging.control.FallbackEmail;
import dev.usher.messaging.control.FallbackMailer;
import dev.usher.messaging.control.FallbackRun;
import dev.usher.messaging.control.GuestMessages;
import dev.usher.messaging.control.Outbound;
import dev.usher.messaging.control.SendFailures;
import dev.usher.messaging.control.SendResult;
import dev.usher.messaging.control.WhatsAppSender;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.validation.InputValidator;
import dev.usher.whatsapp.WhatsAppMessage;
import dev.usher.whatsapp.WhatsAppSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * WhatsApp messages to guests. Any member may send (the seed's rule: viewers too). A member's
 * send to one guest answers with the ledger record or a problem; the broadcast job sends through
 * {@link GuestMessages#broadcastTo} once per guest and gets an outcome it can count.
 *
 * <p>Each send commits its ledger record in its own transaction before Meta is called (see
 * {@link RecordedSends}), so this method's own transaction only reads.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class WhatsAppMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    InputValidator validator;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    GuestMessages messages;

    @Inject
    RecordedSends sends;

    @Inject
    WhatsAppSender sender;

    @Inject
    FallbackMailer fallbackMailer;

    @Inject
    MailOutbox outbox;

    /**
     * Sends text or a template to one guest. 503 when WhatsApp is not configured (nothing is
     * recorded), 422 for bad content or a guest without a valid phone (nothing is recorded),
     * else the record as it stands after Meta's answer, or the problem for Meta's refusal.
     */
    @RequiresEventRole(EventRole.viewer)
    public DeliveryView send(@EventId UUID eventId, DirectMessage message) {
        WhatsAppSettings settings = messages.sendable();
        validator.check(message);
        MessageContent content = message.content();
        messages.check(content);
        EventMember caller = access.member(eventId);
        Guest guest = messages.guest(eventId, message.guestId());
        GuestMessages.Phone phone = messages.phone(guest);
        if (phone.e164() == null) {
            throw new InvalidInputException("guestId", phone.problem());
        }
        GuestMessages.Composed composed = messages.compose(content, guest);
        SendResult result = sender.send(settings, Outbound.to(
                new DeliveryRefs(eventId, guest.id(), null, null, caller.user().id()), phone.e164(), composed));
        if (result instanceof SendResult.Failed failed) {
            throw SendFailures.problem(failed);
        }
        return DeliveryView.of(em.find(Delivery.class, result.deliveryId()));
    }

    /**
     * Sends a broadcast's message again to a guest the broadcast left in doubt: a crash came
     * between recording the send and hearing back (WhatsApp's answer, or the mail server's for
     * the broadcast's e-mail fallback), so nobody knows whether it went out. Never done by itself
     * (that could send twice); an admin or editor decides. The record is marked failed with that
     * reason, then sent again on the same record, with the broadcast's own content.
     */
    @RequiresEventRole(EventRole.editor)
    public DeliveryView resendInDoubt(@EventId UUID eventId, UUID deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || !eventId.equals(delivery.eventId())) {
            throw new NotFoundException("Message " + deliveryId + " not found in this event");
        }
        boolean fallbackEmail = delivery.channel() == Channel.email && FallbackEmail.KIND.equals(delivery.kind());
        if ((delivery.channel() != Channel.whatsapp && !fallbackEmail) || delivery.broadcastId() == null
                || delivery.state() != DeliveryState.sending) {
            throw new ConflictException("Only a broadcast's message left in doubt (state sending) can be "
                    + "resent this way; this one is " + delivery.channel() + ", " + delivery.state());
        }
        MessageContent content = broadcastContent(delivery.broadcastId());
        UUID by = access.member(eventId).user().id();
        sends.releaseInDoubt(deliveryId, "left in doubt by an interrupted broadcast; resent by an operator");
        if (fallbackEmail) {
            try (MailOutbox.Connection connection = outbox.open()) {
                fallbackMailer.mail(new FallbackRun(eventId, delivery.broadcastId(), content, by),
                        delivery.guestId(), connection);
            }
        } else {
            messages.broadcastTo(eventId, delivery.broadcastId(), delivery.guestId(), content, by);
        }
        em.refresh(delivery);
        return DeliveryView.of(delivery);
    }

    private MessageContent broadcastContent(UUID broadcastId) {
        List<?> found = em.createNativeQuery(
                        "SELECT parameters->>'content' FROM job_runs WHERE parameters->>'broadcastId' = ?1")
                .setParameter(1, broadcastId.toString())
                .getResultList();
        if (found.isEmpty()) {
            throw new ConflictException("The broadcast " + broadcastId + " that sent this message is gone");
        }
        return JSONB.fromJson((String) found.get(0), MessageContent.class);
    }
}
