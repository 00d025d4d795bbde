package dev.usher.deliveries.control;

import dev.usher.mail.MailFailure;
import dev.usher.mail.MailHandOff;
import dev.usher.mail.MailOutbox;
import dev.usher.platform.errors.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rest of {@link RecordedSends}' protocol for an e-mail whose record is {@code sending}:
 * compose it, hand it over with {@link MailHandOff}'s retries (each one more attempt on the
 * record), record {@code sent} or {@code failed}. Shared by the senders that e-mail one recipient
 * at a time over the caller's connection (a broadcast's fallback, reminders, a test invitation).
 */
@ApplicationScoped
public class RecordedMail {

    private static final Logger LOG = Logger.getLogger(RecordedMail.class.getName());

    @Inject
    RecordedSends sends;

    @Inject
    MailHandOff handOff;

    /** Composes the message in the connection's session. */
    @FunctionalInterface
    public interface Composer {
        MimeMessage compose(Session session) throws MessagingException;
    }

    /**
     * Sends the recorded message; null when it went out, else why not ({@code code: reason}). A mail
     * server that cannot be reached even after the retries would fail every message of a run the same
     * way: with {@code unreachableStops} it is thrown (503), after the record says so.
     */
    public String deliver(UUID deliveryId, Composer composer, MailOutbox.Connection connection,
                          boolean unreachableStops) {
        MimeMessage message;
        try {
            message = composer.compose(connection.session());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery " + deliveryId + ": the e-mail could not be composed", e);
            sends.failed(deliveryId, "compose", "The e-mail could not be composed");
            return "compose: the e-mail could not be composed";
        }
        try {
            handOff.deliver(connection, message, () -> sends.retrying(deliveryId));
        } catch (MailFailure failure) {
            sends.failed(deliveryId, failure.code(), failure.reason());
            if (unreachableStops && MailFailure.NO_CONNECTION.equals(failure.code())) {
                throw new ServiceUnavailableException("The mail server cannot be reached (" + failure.reason()
                        + "); restart the job once it is back");
            }
            return failure.code() + ": " + failure.reason();
        }
        // SMTP gives no message id the ledger could match later, so none is kept.
        sends.sent(deliveryId, null);
        return null;
    }
}
