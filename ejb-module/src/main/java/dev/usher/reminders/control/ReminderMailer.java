package dev.usher.reminders.control;

import dev.usher.deliveries.control.RecordedMail;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.control.SendDecision;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.invitations.control.RsvpButtons;
import dev.usher.mail.MailOutbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.UUID;

/**
 * E-mails one guest a reminder, at most once per reminder whatever restarts happen: the
 * {@link RecordedSends} protocol with the reminder's id as the run (the ledger's broadcast id), so
 * the unique (run, guest, channel) record decides. A guest who answered since the job read them
 * is left out. A mail server that cannot be reached even after the retries is thrown (503) to
 * stop the job, as the invitation sends do; a restart tries the guest again.
 */
@Dependent
public class ReminderMailer {

    /** The ledger's kind of a reminder e-mail. */
    public static final String KIND = "reminder";

    @Inject
    RsvpButtons rsvpButtons;

    @Inject
    EventGuests guests;

    @Inject
    ReminderMessages messages;

    @Inject
    RecordedSends sends;

    @Inject
    RecordedMail mail;

    public ReminderOutcome mail(ReminderRun run, UUID guestId, MailOutbox.Connection connection) {
        Guest guest = guests.find(run.eventId(), guestId).orElse(null);
        if (guest == null || guest.email() == null || guest.email().isBlank()) {
            return new ReminderOutcome(ReminderOutcome.Kind.skipped, guestId,
                    guest == null ? "the guest was deleted" : "the guest has no e-mail address any more");
        }
        if (guest.data().status() != GuestStatus.invited) {
            return ReminderOutcome.of(ReminderOutcome.Kind.answered, guestId);
        }
        ReminderMessages.Letter letter = letter(run, guest);
        String content = Json.createObjectBuilder().add("subject", messages.subject(letter))
                .add("reminder", run.reminderId().toString())
                .add("message", run.message() == null ? "" : run.message()).build().toString();
        RecordedSends.Start start = sends.beginInBroadcast(new RecordedSends.Outgoing(Channel.email, guest.email(),
                KIND, new DeliveryRefs(run.eventId(), guestId, null, run.reminderId(), run.startedBy()), content));
        if (!start.sends()) {
            return ReminderOutcome.of(start.decision() == SendDecision.IN_DOUBT
                    ? ReminderOutcome.Kind.inDoubt : ReminderOutcome.Kind.alreadySent, guestId);
        }
        String failure = mail.deliver(start.deliveryId(), session -> messages.compose(letter, session), connection,
                true);
        if (failure != null) {
            return new ReminderOutcome(ReminderOutcome.Kind.failed, guestId, failure);
        }
        return ReminderOutcome.of(ReminderOutcome.Kind.reminded, guestId);
    }

    /** The reminder as this guest gets it, with the Yes / No buttons of the guest's RSVP page. */
    public ReminderMessages.Letter letter(ReminderRun run, Guest guest) {
        GuestData g = guest.data();
        String fullName = g.lastName() == null ? g.firstName() : g.firstName() + " " + g.lastName();
        return new ReminderMessages.Letter(run.eventId(), guest.event().details(),
                guest.event().rsvpSettings().language(), g.firstName(), fullName, guest.email(), run.message(),
                rsvpButtons.forGuest(guest.id()).orElse(null));
    }
}
