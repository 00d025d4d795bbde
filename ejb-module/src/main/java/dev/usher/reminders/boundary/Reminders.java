package dev.usher.reminders.boundary;

import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.identity.control.Roles;
import dev.usher.messaging.boundary.MessageContent;
import dev.usher.messaging.control.GuestMessages;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.validation.InputValidator;
import dev.usher.reminders.control.ReminderAudience;
import dev.usher.reminders.control.ReminderMailer;
import dev.usher.reminders.control.ReminderMessages;
import dev.usher.reminders.control.ReminderRun;
import dev.usher.reminders.control.ReminderStarts;
import dev.usher.reminders.entity.Reminder;
import dev.usher.reminders.entity.ReminderChannel;
import dev.usher.whatsapp.WhatsAppMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Reminders to an event's guests who have not answered. Editors and admins create, cancel,
 * preview and count them (as they start broadcasts and imports); any member lists them. A reminder
 * for now starts its reminder-send job in the request (202, the job); one for later is stored
 * {@code scheduled} and started by the first server whose timer finds it due.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Reminders {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    InputValidator validator;

    @Inject
    ReminderAudience audience;

    @Inject
    ReminderStarts starts;

    @Inject
    GuestMessages whatsApp;

    @Inject
    ReminderMessages mail;

    @Inject
    ReminderMailer mailer;

    @Inject
    EventGuests guests;

    /** What {@link #create} made: the reminder, and its job when it started at once. */
    public record Created(ReminderView reminder, dev.usher.jobs.boundary.JobView job) {
    }

    @RequiresEventRole(EventRole.editor)
    public Created create(@EventId UUID eventId, ReminderRequest request) {
        check(request);
        long reached = audience.count(new ReminderAudience.Selection(eventId, request.channel(), request.onlyOpened()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean later = request.sendAt() != null && request.sendAt().isAfter(now);
        if (!later && reached == 0) {
            throw new InvalidInputException("channel", "no guest of this event who has not answered can be reached "
                    + "this way now");
        }
        EventMember caller = access.member(eventId);
        String content = request.channel() == ReminderChannel.whatsapp
                ? JSONB.toJson(new MessageContent(request.text(), request.template())) : null;
        Reminder reminder = new Reminder(eventId, request.channel(), request.onlyOpened(),
                request.channel() == ReminderChannel.email ? blankToNull(request.text()) : null, content,
                later ? request.sendAt() : now, caller.user().id());
        em.persist(reminder);
        em.flush();
        if (later) {
            return new Created(ReminderView.of(reminder), null);
        }
        return new Created(ReminderView.of(reminder), starts.start(reminder));
    }

    @RequiresEventRole(EventRole.viewer)
    public List<ReminderView> list(@EventId UUID eventId) {
        return em.createQuery("select r from Reminder r where r.eventId = :eventId order by r.createdAt desc",
                        Reminder.class)
                .setParameter("eventId", eventId)
                .setMaxResults(200)
                .getResultList().stream().map(ReminderView::of).toList();
    }

    /** Cancels a scheduled reminder; 409 once it started (stop its job instead). */
    @RequiresEventRole(EventRole.editor)
    public ReminderView cancel(@EventId UUID eventId, UUID reminderId) {
        Reminder reminder = em.find(Reminder.class, reminderId, LockModeType.PESSIMISTIC_WRITE);
        if (reminder == null || !reminder.eventId().equals(eventId)) {
            throw new NotFoundException("Reminder " + reminderId + " not found in this event");
        }
        if (!reminder.cancel()) {
            throw new ConflictException("Reminder " + reminderId + " is " + reminder.state()
                    + "; only a scheduled reminder can be cancelled (stop its job instead)");
        }
        return ReminderView.of(reminder);
    }

    @RequiresEventRole(EventRole.editor)
    public ReminderCount count(@EventId UUID eventId, ReminderChannel channel, boolean openedOnly) {
        if (channel == null) {
            throw new InvalidInputException("channel", "is required: email or whatsapp");
        }
        return new ReminderCount(audience.count(new ReminderAudience.Selection(eventId, channel, openedOnly)));
    }

    /**
     * The reminder as a guest (or, without {@code guestId}, the first guest it would reach) would
     * get it: the e-mail's HTML, or the WhatsApp message as JSON. Sends nothing and records no
     * send; the one thing it may write is the guest's RSVP link when the guest has none yet, so
     * that the preview shows the real buttons: the same live link the guest's next message
     * carries (a guest has one live link, reused by every send), not a link of its own.
     */
    @RequiresEventRole(EventRole.editor)
    public ReminderPreview preview(@EventId UUID eventId, ReminderRequest request, UUID guestId) {
        check(request);
        Guest guest = guestId != null ? guests.existing(eventId, guestId) : sampleGuest(eventId, request);
        ReminderRun run = new ReminderRun(null, eventId, request.channel(), request.onlyOpened(),
                blankToNull(request.text()), new MessageContent(request.text(), request.template()), null);
        if (request.channel() == ReminderChannel.email) {
            return new ReminderPreview("text/html", mail.previewHtml(mailer.letter(run, guest)));
        }
        // An editor's preview: the message as the guest gets it, RSVP link and all (editors may see links).
        WhatsAppMessage message = whatsApp.compose(run.content(), guest).sent();
        return new ReminderPreview("application/json", dev.usher.whatsapp.WhatsAppPayloads.ledgerContent(message)
                .toString());
    }

    /** A preview's media type and body. */
    public record ReminderPreview(String mediaType, String body) {
    }

    private Guest sampleGuest(UUID eventId, ReminderRequest request) {
        List<UUID> first = audience.after(new ReminderAudience.Selection(eventId, request.channel(),
                request.onlyOpened()), null, 1);
        if (!first.isEmpty()) {
            return guests.existing(eventId, first.get(0));
        }
        // Nobody to remind: a sample guest of the event, never stored.
        return new Guest(access.member(eventId).event(), null,
                new GuestData("Sample", "Guest", null, "guest@example.invalid", null, GuestStatus.invited, 1, null));
    }

    private void check(ReminderRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        validator.check(request);
        if (request.channel() == ReminderChannel.whatsapp) {
            whatsApp.sendable();
            whatsApp.check(new MessageContent(request.text(), request.template()));
        } else if (request.template() != null) {
            throw new InvalidInputException("template", "only a WhatsApp reminder takes a template");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
