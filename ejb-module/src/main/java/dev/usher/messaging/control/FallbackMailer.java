package dev.usher.messaging.control;

import dev.usher.deliveries.control.RecordedMail;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.control.SendDecision;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.mail.MailOutbox;
import dev.usher.mail.MailSettings;
import dev.usher.whatsapp.WhatsAppMessage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * E-mails one guest a broadcast's text after its WhatsApp message failed, at most once per
 * broadcast whatever restarts happen (the {@link RecordedSends} protocol: the broadcast's e-mail
 * record for the guest decides), over the caller's mail connection (one per chunk). The text is composed for the guest exactly as the WhatsApp step
 * composed it. A mail server that cannot be reached at all, even after the retries, would fail
 * every guest the same way, so it is thrown (503) to stop the job, as the invitation sends do;
 * a restart tries the guest again.
 */
@Dependent
public class FallbackMailer {

    @Inject
    EventGuests guests;

    @Inject
    GuestMessages messages;

    @Inject
    RecordedSends sends;

    @Inject
    RecordedMail mail;

    @Inject
    MailSettings settings;

    public FallbackOutcome mail(FallbackRun run, UUID guestId, MailOutbox.Connection connection) {
        Guest guest = guests.find(run.eventId(), guestId).orElse(null);
        if (guest == null || guest.email() == null || guest.email().isBlank()) {
            return new FallbackOutcome(FallbackOutcome.Kind.skipped, guestId,
                    guest == null ? "the guest was deleted" : "the guest has no e-mail address any more");
        }
        GuestMessages.Composed composed = messages.compose(run.content(), guest);
        FallbackEmail email = FallbackEmail.of(guest.email(), guest.event().name(),
                ((WhatsAppMessage.Text) composed.sent()).body());
        // The ledger keeps the text with the guest's RSVP link as its placeholder, as for WhatsApp.
        String recorded = FallbackEmail.of(guest.email(), guest.event().name(),
                ((WhatsAppMessage.Text) composed.recorded()).body()).ledgerContent();
        RecordedSends.Start start = sends.beginInBroadcast(new RecordedSends.Outgoing(Channel.email, email.to(),
                FallbackEmail.KIND, new DeliveryRefs(run.eventId(), guestId, null, run.broadcastId(), run.startedBy()),
                recorded));
        if (!start.sends()) {
            return FallbackOutcome.of(start.decision() == SendDecision.IN_DOUBT
                    ? FallbackOutcome.Kind.inDoubt : FallbackOutcome.Kind.alreadySent, guestId);
        }
        String failure = mail.deliver(start.deliveryId(), session -> email.compose(session, settings.from()),
                connection, true);
        if (failure != null) {
            return new FallbackOutcome(FallbackOutcome.Kind.failed, guestId, failure);
        }
        return FallbackOutcome.of(FallbackOutcome.Kind.emailed, guestId);
    }
}
