package dev.usher.rsvp.control;

import dev.usher.deliveries.control.RecordedMail;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.mail.MailOutbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a queued confirmation once the guest's answer has committed, on a managed thread: the
 * guest's request neither waits for the mail server nor fails with it, and an answer rolled back
 * sends nothing (its queued record is rolled back with it). The rest is the ledger's protocol as for
 * every e-mail: {@code sending} committed, the hand-over with {@link RecordedMail}'s retries, {@code
 * sent} or {@code failed}. A server stopping between the commit and the hand-over leaves the record
 * {@code queued}, and {@link ConfirmationSweep} sends it later (any server; the lock keeps it once).
 */
@ApplicationScoped
public class ConfirmationSender {

    private static final Logger LOG = Logger.getLogger(ConfirmationSender.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    GuestConfirmations confirmations;

    @Inject
    ConfirmationMessages messages;

    @Inject
    RecordedSends sends;

    @Inject
    RecordedMail mail;

    @Inject
    MailOutbox outbox;

    void afterTheAnswer(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationQueued queued) {
        executor.execute(() -> send(queued.deliveryId()));
    }

    /** Sends the queued confirmation, unless it was taken already. */
    public void send(UUID deliveryId) {
        try {
            ConfirmationLetter letter = confirmations.start(deliveryId).orElse(null);
            if (letter == null) {
                return;
            }
            MailOutbox.Connection connection;
            try {
                connection = outbox.open();
            } catch (RuntimeException e) {
                sends.failed(deliveryId, "setup", "The mail connection could not be set up");
                throw e;
            }
            try (connection) {
                mail.deliver(deliveryId, session -> messages.compose(letter, session), connection, false);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery " + deliveryId + ": the confirmation e-mail was not sent", e);
        }
    }
}
