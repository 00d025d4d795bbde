package dev.usher.rsvp.control;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventDetails;
import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.HouseholdMember;
import dev.usher.invitations.control.GuestMailTexts;
import dev.usher.invitations.control.InvitationLetter;
import dev.usher.mail.MailTemplates;
import dev.usher.rsvp.entity.RsvpChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The confirmation e-mail of a guest's answer on their RSVP page, in two steps of the ledger's send
 * protocol. {@link #queue} runs in the answer's transaction: a record {@code queued} (kind
 * {@value #KIND}) holding what the guest answered, unless the guest has no e-mail address or their
 * latest confirmation that did not fail already says the same (a repeated answer is confirmed once);
 * the guest's row lock, taken by the answer, keeps two requests from both deciding to send. Once
 * the answer commits, {@link ConfirmationSender} hands it over; {@link #start} begins that send.
 */
@ApplicationScoped
public class GuestConfirmations {

    /** The ledger's kind of a confirmation e-mail. */
    public static final String KIND = "rsvp-confirmation";

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryLedger ledger;

    @Inject
    RecordedSends sends;

    @Inject
    LinkSecret secret;

    @Inject
    RsvpLinks links;

    @Inject
    RsvpUrls urls;

    @Inject
    jakarta.enterprise.event.Event<ConfirmationQueued> queued;

    /**
     * Records the confirmation of {@code answer} (the guest's answer as it stands now, with the
     * household's members), to be sent after the caller's transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Guest guest, RsvpChoice answer) {
        String email = guest.email();
        if (email == null || email.isBlank()) {
            return;
        }
        JsonObject answered = answered(guest, answer);
        boolean confirmedAlready = ledger.latestOfKindForGuest(guest.id(), KIND)
                .map(previous -> answered.equals(read(previous.content()).get("answered")))
                .orElse(false);
        if (confirmedAlready) {
            return;
        }
        Event event = guest.event();
        String subject = subject(GuestMailTexts.of(event.rsvpSettings().language()), event.details().name(), answer);
        String content = Json.createObjectBuilder().add("subject", subject).add("answered", answered).build().toString();
        UUID deliveryId = sends.queue(new RecordedSends.Outgoing(Channel.email, email, KIND,
                new DeliveryRefs(event.id(), guest.id(), null, null, null), content));
        queued.fire(new ConfirmationQueued(deliveryId));
    }

    /**
     * Begins the send of a queued confirmation ({@code sending}, committed): the letter to compose, or
     * empty when it was taken already, or the guest is gone (then the record says so, failed).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ConfirmationLetter> start(UUID deliveryId) {
        Delivery delivery = sends.startQueued(deliveryId).orElse(null);
        if (delivery == null) {
            return Optional.empty();
        }
        Guest guest = delivery.guestId() == null ? null : em.find(Guest.class, delivery.guestId());
        if (guest == null) {
            delivery.failed("gone", "The guest was deleted before the confirmation went out",
                    OffsetDateTime.now(ZoneOffset.UTC));
            return Optional.empty();
        }
        JsonObject answered = read(delivery.content()).getJsonObject("answered");
        List<ConfirmationLetter.Member> members = new ArrayList<>();
        for (JsonValue value : answered.getJsonArray("members")) {
            JsonObject member = value.asJsonObject();
            members.add(new ConfirmationLetter.Member(member.isNull("name") ? null : member.getString("name"),
                    Attendance.valueOf(member.getString("attending"))));
        }
        Event event = guest.event();
        EventDetails d = event.details();
        GuestData g = guest.data();
        String pageUrl = secret.configured() ? urls.page(links.live(guest).token()) : null;
        return Optional.of(new ConfirmationLetter(guest.id(), delivery.recipient(), g.firstName(),
                g.lastName() == null ? g.firstName() : g.firstName() + " " + g.lastName(),
                RsvpChoice.valueOf(answered.getString("answer")), List.copyOf(members),
                new InvitationLetter.EventFacts(event.id(), d.name(), d.date(), d.startTime(), d.timeZone(),
                        d.location(), event.rsvpSettings().language()),
                event.rsvpSettings().deadline(), pageUrl));
    }

    /**
     * Confirmations queued before {@code before} and never taken (their server stopped between the
     * answer and the send), oldest first, at most {@code limit}.
     */
    @Transactional
    public List<UUID> leftQueued(OffsetDateTime before, int limit) {
        return ledger.queuedOfKindBefore(KIND, before, limit);
    }

    static String subject(GuestMailTexts texts, String eventName, RsvpChoice answer) {
        return MailTemplates.oneLine(texts.get("confirmation.subject",
                Map.of("event", eventName, "answer", texts.get("confirmation.answer." + answer.name()))));
    }

    /** What the confirmation confirms: the answer and each member's; equal JSON, the same answer. */
    private static JsonObject answered(Guest guest, RsvpChoice answer) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (HouseholdMember member : guest.members()) {
            members.add(Json.createObjectBuilder()
                    .add("name", member.name() == null ? JsonValue.NULL : Json.createValue(member.name()))
                    .add("attending", member.attending().name()));
        }
        return Json.createObjectBuilder().add("answer", answer.name()).add("members", members).build();
    }

    private static JsonObject read(String content) {
        try (var reader = Json.createReader(new StringReader(content == null ? "{}" : content))) {
            return reader.readObject();
        }
    }
}
