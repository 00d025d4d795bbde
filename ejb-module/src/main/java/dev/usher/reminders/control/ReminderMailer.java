package dev.usher.reminders.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.control.SendDecision;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.mail.MailFailure;
import dev.usher.mail.MailHandOff;
import dev.usher.mail.MailOutbox;
import dev.usher.platform.errors.ServiceUnavailableException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

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
    private static final Logger LOG = Logger.getLogger(ReminderMailer.class.getName());

    @Inject
    EventGuests guests;

    @Inject
    ReminderMessages messages;

    @Inject
    RecordedSends sends;

    @Inject
    MailHandOff handOff;

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
        MimeMessage message;
        try {
            message = messages.compose(letter, connection.session());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Guest " + guestId + ": the reminder could not be composed", e);
            sends.failed(start.deliveryId(), "compose", "The e-mail could not be composed");
            return new ReminderOutcome(ReminderOutcome.Kind.failed, guestId, "compose: the e-mail could not be composed");
        }
        try {
            handOff.deliver(connection, message, () -> sends.retrying(start.deliveryId()));
        } catch (MailFailure failure) {
            sends.failed(start.deliveryId(), failure.code(), failure.reason());
            if (MailFailure.NO_CONNECTION.equals(failure.code())) {
                throw new ServiceUnavailableException("The mail server cannot be reached (" + failure.reason()
                        + "); restart the job once it is back");
            }
            return new ReminderOutcome(ReminderOutcome.Kind.failed, guestId, failure.code() + ": " + failure.reason());
        }
        sends.sent(start.deliveryId(), null);
        return ReminderOutcome.of(ReminderOutcome.Kind.reminded, guestId);
    }

    /** The reminder as this guest gets it. */
    public static ReminderMessages.Letter letter(ReminderRun run, Guest guest) {
        GuestData g = guest.data();
        String fullName = g.lastName() == null ? g.firstName() : g.firstName() + " " + g.lastName();
        return new ReminderMessages.Letter(run.eventId(), guest.event().details(), g.firstName(), fullName,
                guest.email(), run.message());
    }
}
