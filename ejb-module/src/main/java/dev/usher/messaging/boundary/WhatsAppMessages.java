package dev.usher.messaging.boundary;

import dev.usher.deliveries.boundary.DeliveryView;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.PhoneNumbers;
import dev.usher.guests.control.PhoneRegions;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.identity.control.Roles;
import dev.usher.messaging.control.MessageComposer;
import dev.usher.messaging.control.Outbound;
import dev.usher.messaging.control.Placeholders;
import dev.usher.messaging.control.SendFailures;
import dev.usher.messaging.control.SendResult;
import dev.usher.messaging.control.SendSteps;
import dev.usher.messaging.control.WhatsAppConfiguration;
import dev.usher.messaging.control.WhatsAppSender;
import dev.usher.messaging.control.WhatsAppSettings;
import dev.usher.messaging.entity.WhatsAppMessage;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * WhatsApp messages to guests. Any member may send (the seed's rule: viewers too). A member's
 * send to one guest answers with the ledger record or a problem; the broadcast job calls
 * {@link #sendInBroadcast} once per guest and gets an outcome it can count.
 *
 * <p>Each send commits its ledger record in its own transaction before Meta is called (see
 * {@code SendSteps}), so this method's own transaction only reads.
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

    @Inject
    PhoneRegions regions;

    @Inject
    WhatsAppConfiguration configuration;

    @Inject
    WhatsAppSender sender;

    /**
     * Sends text or a template to one guest. 503 when WhatsApp is not configured (nothing is
     * recorded), 422 for bad content or a guest without a valid phone (nothing is recorded),
     * else the record as it stands after Meta's answer, or the problem for Meta's refusal.
     */
    @RequiresEventRole(EventRole.viewer)
    public DeliveryView send(@EventId UUID eventId, DirectMessage message) {
        WhatsAppSettings settings = sendable();
        validator.check(message);
        MessageContent content = message.content();
        check(content);
        EventMember caller = access.member(eventId);
        Guest guest = guest(eventId, message.guestId());
        Phone phone = phone(guest);
        if (phone.e164() == null) {
            throw new InvalidInputException("guestId", phone.problem());
        }
        WhatsAppMessage composed = compose(content, guest);
        SendResult result = sender.send(settings, Outbound.to(
                new DeliveryRefs(eventId, guest.id(), null, null, caller.user().id()), phone.e164(), composed));
        if (result instanceof SendResult.Failed failed) {
            throw SendFailures.problem(failed);
        }
        return DeliveryView.of(em.find(Delivery.class, result.deliveryId()));
    }

    /**
     * For the broadcast job: checks what is to be sent once, before any guest is reached
     * (503 when WhatsApp is not configured, 422 for bad content).
     */
    @RequiresEventRole(EventRole.viewer)
    public void checkBroadcast(@EventId UUID eventId, MessageContent content) {
        sendable();
        validator.check(content);
        check(content);
    }

    /**
     * For the broadcast job: sends the broadcast's message to one guest, with the guest's own
     * placeholders filled in. Idempotent per broadcast and guest: a guest already reached is
     * not sent to again, a guest whose message never went out is tried again. A failure that
     * concerns only this guest (no valid phone, refused recipient, closed 24-hour window) is an
     * outcome to count; one that would fail every guest (not configured, token refused,
     * throttled or Meta down after retries) is thrown as its problem, so the job stops and can
     * be restarted.
     */
    @RequiresEventRole(EventRole.viewer)
    public BroadcastSendOutcome sendInBroadcast(@EventId UUID eventId, UUID broadcastId, UUID guestId,
                                                MessageContent content) {
        if (broadcastId == null) {
            throw new InvalidInputException("broadcastId", "must not be null");
        }
        WhatsAppSettings settings = sendable();
        validator.check(content);
        check(content);
        EventMember caller = access.member(eventId);
        Guest guest = guest(eventId, guestId);
        WhatsAppMessage composed = compose(content, guest);
        DeliveryRefs refs = new DeliveryRefs(eventId, guest.id(), null, broadcastId, caller.user().id());
        Phone phone = phone(guest);
        Outbound outbound = phone.e164() != null ? Outbound.to(refs, phone.e164(), composed)
                : Outbound.withoutPhone(refs, phone.problem(), composed);
        SendResult result = sender.sendInBroadcast(settings, outbound);
        if (result instanceof SendResult.Sent sent) {
            return new BroadcastSendOutcome(sent.deliveryId(), guest.id(), DeliveryState.sent, true, null, null);
        }
        if (result instanceof SendResult.AlreadyHandled left) {
            return new BroadcastSendOutcome(left.deliveryId(), guest.id(), left.state(), false, null, null);
        }
        if (result instanceof SendResult.NoPhone none) {
            return new BroadcastSendOutcome(none.deliveryId(), guest.id(), DeliveryState.failed, false,
                    SendSteps.NO_PHONE, none.reason());
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        if (!SendFailures.concernsOnlyThisGuest(failed)) {
            throw SendFailures.problem(failed);
        }
        return new BroadcastSendOutcome(failed.deliveryId(), guest.id(), DeliveryState.failed, true,
                failed.error().ledgerCode(), failed.error().message());
    }

    private WhatsAppSettings sendable() {
        WhatsAppSettings settings = configuration.current();
        List<String> problems = settings.problemsForSending();
        if (!problems.isEmpty()) {
            throw new ServiceUnavailableException("WhatsApp is not configured on this server: "
                    + String.join("; ", problems), Map.of("settings", settings.missingForSending()));
        }
        return settings;
    }

    private static void check(MessageContent content) {
        List<FieldError> problems = MessageComposer.problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private WhatsAppMessage compose(MessageContent content, Guest guest) {
        GuestData data = guest.data();
        WhatsAppMessage composed = MessageComposer.compose(content, guest.id(),
                Placeholders.of(data.firstName(), data.lastName(), guest.event().name()));
        List<FieldError> tooLong = new ArrayList<>(MessageComposer.tooLong(composed));
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        return composed;
    }

    private Guest guest(UUID eventId, UUID guestId) {
        return em.createNamedQuery(Guest.FIND_BY_EVENT_AND_ID, Guest.class)
                .setParameter("eventId", eventId)
                .setParameter("guestId", guestId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Guest " + guestId + " not found in this event"));
    }

    /** The guest's number in E.164, read again by libphonenumber, or why there is none. */
    private record Phone(String e164, String problem) {
    }

    private Phone phone(Guest guest) {
        if (guest.phone() == null) {
            return new Phone(null, "the guest has no phone number; add one before sending on WhatsApp");
        }
        PhoneNumbers.Result result = PhoneNumbers.normalize(guest.phone(), regions.forEvent(guest.event()));
        if (result instanceof PhoneNumbers.Valid valid) {
            return new Phone(valid.e164(), null);
        }
        return new Phone(null, "the guest's phone number " + ((PhoneNumbers.Invalid) result).reason()
                + "; correct it before sending on WhatsApp");
    }
}
