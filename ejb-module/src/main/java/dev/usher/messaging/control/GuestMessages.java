package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.control.PhoneNumbers;
import dev.usher.guests.control.PhoneRegions;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.messaging.boundary.MessageContent;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.whatsapp.WhatsAppConfiguration;
import dev.usher.whatsapp.WhatsAppMessage;
import dev.usher.whatsapp.WhatsAppSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Composing and sending one guest's WhatsApp message: the steps a member's send and a
 * broadcast share. A control, so it checks no membership: boundaries call it after their
 * own checks, and the broadcast job (which runs as Usher's system identity) after the
 * boundary that started it checked the member.
 */
@Dependent
public class GuestMessages {

    @Inject
    GuestPageLinks pageLinks;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests eventGuests;

    @Inject
    PhoneRegions regions;

    @Inject
    WhatsAppConfiguration configuration;

    @Inject
    WhatsAppSender sender;

    /**
     * Sends a broadcast's message to one guest, with the guest's own placeholders filled in.
     * Idempotent per broadcast and guest: a guest already reached is not sent to again, a
     * guest whose message never went out is tried again. A failure that concerns only this
     * guest (no valid phone, refused recipient, closed 24-hour window) is an outcome to count;
     * one that would fail every guest (not configured, token refused, throttled or Meta down
     * after retries) is thrown as its problem, so the job stops and can be restarted.
     */
    public BroadcastSendOutcome broadcastTo(UUID eventId, UUID broadcastId, UUID guestId, MessageContent content,
                                            UUID startedBy) {
        WhatsAppSettings settings = sendable();
        return send(settings, composeForBroadcast(eventId, broadcastId, List.of(guestId), content, startedBy).get(0));
    }

    /**
     * The broadcast's messages to these guests, in the given order, each with the guest's own
     * placeholders: the guests and their event are read by one query (a chunk of a broadcast, not
     * a query per guest).
     */
    public List<Outbound> composeForBroadcast(UUID eventId, UUID broadcastId, List<UUID> guestIds,
                                              MessageContent content, UUID startedBy) {
        Map<UUID, Guest> guests = new HashMap<>();
        eventGuests.among(eventId, guestIds).forEach(g -> guests.put(g.id(), g));
        List<Outbound> messages = new ArrayList<>(guestIds.size());
        for (UUID guestId : guestIds) {
            Guest guest = guests.get(guestId);
            if (guest == null) {
                throw new NotFoundException("Guest " + guestId + " not found in this event");
            }
            Composed composed = compose(content, guest);
            DeliveryRefs refs = new DeliveryRefs(eventId, guest.id(), null, broadcastId, startedBy);
            Phone phone = phone(guest);
            messages.add(phone.e164() != null ? Outbound.to(refs, phone.e164(), composed)
                    : Outbound.withoutPhone(refs, phone.problem(), composed));
        }
        return messages;
    }

    /**
     * Sends one composed broadcast message through the ledger. Needs no transaction of its own
     * (each ledger step has its own), so it may run on any thread.
     */
    public BroadcastSendOutcome send(WhatsAppSettings settings, Outbound outbound) {
        UUID guestId = outbound.refs().guestId();
        SendResult result = sender.sendInBroadcast(settings, outbound);
        if (result instanceof SendResult.Sent sent) {
            return new BroadcastSendOutcome(sent.deliveryId(), guestId, DeliveryState.sent, true, null, null);
        }
        if (result instanceof SendResult.AlreadyHandled left) {
            return new BroadcastSendOutcome(left.deliveryId(), guestId, left.state(), false, null, null);
        }
        if (result instanceof SendResult.NoPhone none) {
            return new BroadcastSendOutcome(none.deliveryId(), guestId, DeliveryState.failed, false,
                    Outbound.NO_PHONE, none.reason());
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        if (!SendFailures.concernsOnlyThisGuest(failed)) {
            throw SendFailures.problem(failed);
        }
        return new BroadcastSendOutcome(failed.deliveryId(), guestId, DeliveryState.failed, true,
                failed.error().ledgerCode(), failed.error().message());
    }

    /** The settings, or 503 naming what is missing. */
    public WhatsAppSettings sendable() {
        WhatsAppSettings settings = configuration.current();
        List<String> problems = settings.problemsForSending();
        if (!problems.isEmpty()) {
            throw new ServiceUnavailableException("WhatsApp is not configured on this server: "
                    + String.join("; ", problems), Map.of("settings", settings.missingForSending()));
        }
        return settings;
    }

    /** 422 listing what is wrong with the content. */
    public void check(MessageContent content) {
        List<FieldError> problems = MessageComposer.problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A guest's message as sent, and as the ledger keeps it (the RSVP link left as its placeholder). */
    public record Composed(WhatsAppMessage sent, WhatsAppMessage recorded) {
    }

    public Composed compose(MessageContent content, Guest guest) {
        GuestData data = guest.data();
        Map<String, String> values = Placeholders.of(data.firstName(), data.lastName(), guest.event().name());
        if (!usesRsvpLink(content)) {
            WhatsAppMessage composed = checked(MessageComposer.compose(content, guest.id(), values));
            return new Composed(composed, composed);
        }
        Map<String, String> recordedValues = new java.util.HashMap<>(values);
        recordedValues.put(Placeholders.RSVP_LINK, "{" + Placeholders.RSVP_LINK + "}");
        values.put(Placeholders.RSVP_LINK, pageLinks.pageUrl(guest));
        return new Composed(checked(MessageComposer.compose(content, guest.id(), values)),
                MessageComposer.compose(content, guest.id(), recordedValues));
    }

    private static WhatsAppMessage checked(WhatsAppMessage composed) {
        List<FieldError> tooLong = new ArrayList<>(MessageComposer.tooLong(composed));
        if (!tooLong.isEmpty()) {
            throw new InvalidInputException(tooLong);
        }
        return composed;
    }

    private static boolean usesRsvpLink(MessageContent content) {
        if (content.template() == null) {
            return Placeholders.uses(content.text(), Placeholders.RSVP_LINK);
        }
        List<String> parameters = content.template().bodyParameters();
        return parameters != null && parameters.stream().anyMatch(p -> Placeholders.uses(p, Placeholders.RSVP_LINK));
    }

    public Guest guest(UUID eventId, UUID guestId) {
        return eventGuests.existing(eventId, guestId);
    }

    /** The guest's number in E.164, read again by libphonenumber, or why there is none. */
    public record Phone(String e164, String problem) {
    }

    public Phone phone(Guest guest) {
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
