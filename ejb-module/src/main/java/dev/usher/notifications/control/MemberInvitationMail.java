package dev.usher.notifications.control;

import dev.usher.deliveries.control.RecordedMail;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.events.control.MemberInvited;
import dev.usher.mail.MailOutbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a person added to an event by e-mail, with a link to the event in the console. Only once the
 * membership committed (nobody is told of a rolled-back invite), and on the default managed executor,
 * so the admin's request never waits for the mail server. The send is recorded in the delivery ledger
 * ({@code member-invitation}) like every e-mail, through the same mail path.
 */
@ApplicationScoped
public class MemberInvitationMail {

    private static final Logger LOG = Logger.getLogger(MemberInvitationMail.class.getName());
    static final String KIND = Delivery.MEMBER_INVITATION;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RecordedSends sends;

    @Inject
    RecordedMail mail;

    @Inject
    MailOutbox outbox;

    @Inject
    OrganizerMails mails;

    void added(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberInvited invited) {
        executor.execute(() -> send(invited));
    }

    void send(MemberInvited invited) {
        try {
            OrganizerMails.MemberNote note = new OrganizerMails.MemberNote(invited.eventId(), invited.eventName(),
                    invited.email(), invited.displayName(), invited.role().name(), invited.invitedBy());
            UUID deliveryId = sends.begin(new RecordedSends.Outgoing(Channel.email, invited.email(), KIND,
                    new DeliveryRefs(invited.eventId(), null, null, null, null),
                    Json.createObjectBuilder().add("member", invited.userId().toString())
                            .add("role", invited.role().name()).build().toString()));
            try (MailOutbox.Connection connection = outbox.open()) {
                String failure = mail.deliver(deliveryId, session -> mails.memberNote(note, session), connection,
                        false);
                if (failure != null) {
                    LOG.warning("The e-mail to a new member was not sent (" + failure + "); delivery " + deliveryId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The e-mail to a new member of event " + invited.eventId() + " failed", e);
        }
    }
}
