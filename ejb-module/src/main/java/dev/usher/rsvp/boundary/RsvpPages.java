package dev.usher.rsvp.boundary;

import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventDetails;
import dev.usher.events.entity.RsvpSettings;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.control.HouseholdReplies;
import dev.usher.guests.control.GuestContacts;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.StatusChangeSource;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.validation.MergePatch;
import dev.usher.questions.control.AskedQuestions;
import dev.usher.rsvp.control.GuestConfirmations;
import dev.usher.rsvp.control.GuestTexts;
import dev.usher.rsvp.control.MapLinks;
import dev.usher.rsvp.control.RsvpLinkNotValid;
import dev.usher.rsvp.control.RsvpLinks;
import dev.usher.rsvp.control.RsvpRateLimit;
import dev.usher.rsvp.control.RsvpWindow;
import dev.usher.rsvp.entity.PageAnswer;
import dev.usher.rsvp.entity.RsvpChoice;
import dev.usher.rsvp.entity.RsvpLink;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guest's RSVP page, public: whoever holds a live link reads and answers for that one guest. Every
 * call is rate-limited per client address ({@link RsvpRateLimit}); an unknown or revoked token gets the
 * same 404 (with only a revoked flag). Answers go through the guests area's one write path for a
 * household's reply ({@link HouseholdReplies}, source {@code web}), so the status history, list, stats and
 * filters show them at once; each answer is
 * confirmed to the guest by e-mail after it commits ({@link GuestConfirmations}).
 */
@Stateless
@PermitAll
public class RsvpPages {

    @PersistenceContext
    EntityManager em;

    @Inject
    RsvpRateLimit rateLimit;

    @Inject
    RsvpLinks links;

    @Inject
    EventGuests guests;

    @Inject
    HouseholdReplies replies;

    @Inject
    AskedQuestions asked;

    @Inject
    GuestContacts contacts;

    @Inject
    GuestConfirmations confirmations;

    public RsvpPageView view(String token, String client) {
        return view(guestOf(token, client));
    }

    /**
     * Applies the guest's reply ({@link RsvpReply}): the household's whole answer through the one write
     * path ({@link HouseholdReplies}, source {@code web}) and/or the contact details. After the deadline,
     * 409 naming whom to contact; bad input, one 422 naming every field. Everything is checked before
     * anything is written.
     */
    public RsvpPageView reply(String token, String client, JsonObject body) {
        Guest guest = guestOf(token, client);
        Event event = guest.event();
        RsvpSettings settings = event.rsvpSettings();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!RsvpWindow.open(settings, now)) {
            Map<String, Object> closed = new HashMap<>(Map.of("closed", true));
            if (settings.contact() != null) {
                closed.put("contact", settings.contact());
            }
            throw new ConflictException("Answers closed at the RSVP deadline; "
                    + (settings.contact() == null ? "please contact the organizer" : "please contact " + settings.contact()),
                    closed);
        }
        if (body == null || body.isEmpty()) {
            throw new InvalidInputException("body", "must have an answer, a phone or an email");
        }
        GuestData current = guest.data();
        RsvpReply reply = MergePatch.apply(new RsvpReply(null, null, null, null, current.phone(), current.email()),
                body, RsvpReply.class);
        boolean contactChange = body.containsKey("phone") || body.containsKey("email");
        List<FieldError> faults = new ArrayList<>();
        GuestData checked = null;
        try {
            checked = contacts.checked(guest, reply.phone(), reply.email());
        } catch (InvalidInputException e) {
            faults.addAll(e.fieldErrors());
        }
        RsvpChoice answered = null;
        if (RsvpReply.carriesAnswer(body)) {
            replies.record(event.id(), guest.id(), reply.submission(), StatusChangeSource.WEB, faults);
            answered = remember(guest, now);
        } else if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (contactChange) {
            contacts.change(guest, checked);
        }
        em.flush();
        if (answered != null) {
            // Last, so it confirms everything this reply wrote (members, the address it may have changed).
            confirmations.queue(guest, answered);
        }
        return view(guest);
    }

    /** The texts of a guest page language, for the page. */
    public Map<String, String> texts(String language) {
        return GuestTexts.of(language).orElseThrow(() -> new NotFoundException("No texts in language " + language));
    }

    /**
     * The page's record of the household's answer as a whole: what tells "maybe" (status invited) from no
     * answer. The page answers for everyone, so a reply that leaves the guest invited said maybe. Returns
     * that answer (what the guest's confirmation e-mail says).
     */
    private RsvpChoice remember(Guest guest, OffsetDateTime now) {
        RsvpChoice choice = switch (guest.data().status()) {
            case confirmed -> RsvpChoice.yes;
            case declined -> RsvpChoice.no;
            case invited -> RsvpChoice.maybe;
        };
        PageAnswer recorded = em.find(PageAnswer.class, guest.id());
        if (recorded == null) {
            em.persist(new PageAnswer(guest.id(), guest.event().id(), choice, now));
        } else {
            recorded.answered(choice, now);
        }
        return choice;
    }

    private Guest guestOf(String token, String client) {
        rateLimit.acquire(client);
        RsvpLink link = links.byToken(token).orElse(null);
        if (link == null) {
            rateLimit.unknown(client);
            throw new RsvpLinkNotValid(false);
        }
        if (link.revoked()) {
            throw new RsvpLinkNotValid(true);
        }
        return guests.byId(link.guestId()).orElseThrow(() -> new RsvpLinkNotValid(false));
    }

    private RsvpPageView view(Guest guest) {
        Event event = guest.event();
        EventDetails details = event.details();
        RsvpSettings settings = event.rsvpSettings();
        GuestData data = guest.data();
        PageAnswer page = em.find(PageAnswer.class, guest.id());
        Map<String, String> texts = GuestTexts.orDefault(settings.language());
        GuestView household = GuestView.of(guest);
        List<RsvpPageView.Member> members = household.members().stream()
                .map(m -> new RsvpPageView.Member(m.id(), m.name(), m.plusOne(), RsvpChoice.of(m.attending()), m.answers()))
                .toList();
        List<RsvpPageView.Question> questions = asked.of(event.id()).stream().map(RsvpPageView.Question::of).toList();
        return new RsvpPageView(details.name(), details.date(), details.startTime(), details.timeZone(),
                details.location(), MapLinks.of(details.location()), settings.message(), settings.deadline(),
                RsvpWindow.open(settings, OffsetDateTime.now(ZoneOffset.UTC)), settings.contact(),
                RsvpWindow.choices(settings), settings.language(), texts.get("direction"),
                data.firstName(), data.lastName(), RsvpChoice.of(data.status(), page == null ? null : page.answer()),
                data.phone(), data.email(), data.partySize(), guest.plusOnesAllowed(), members, questions,
                household.answers());
    }
}
