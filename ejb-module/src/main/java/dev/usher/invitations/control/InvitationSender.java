package dev.usher.invitations.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.mail.MailFailure;
import dev.usher.mail.MailHandOff;
import dev.usher.mail.MailOutbox;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.platform.errors.UsherException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends invitation e-mails, one invitation at a time, each by the {@link RecordedSends} protocol:
 * record {@code sending} (committed), compose, hand to SMTP with retries on temporary failures,
 * record {@code sent} or {@code failed}. It must be called outside a transaction, so no database
 * connection waits on the SMTP server.
 *
 * <p>A batch job calls {@link #send(UUID, boolean, UUID, MailOutbox.Connection)} item by item
 * with one {@link MailOutbox#open() connection} per chunk, reusing one SMTP connection.
 */
@ApplicationScoped
public class InvitationSender {

    private static final Logger LOG = Logger.getLogger(InvitationSender.class.getName());

    @Inject
    SendableInvitations invitations;

    @Inject
    RecordedSends sends;

    @Inject
    InvitationMessages messages;

    @Inject
    MailOutbox outbox;

    @Inject
    MailHandOff handOff;

    /** What became of one send; {@code failure} says why it did not go out. */
    public record Outcome(UUID invitationId, boolean sent, String failure) {
    }

    /** Sends one invitation on a connection of its own. Refusals (unknown, revoked, too soon) are thrown. */
    public Outcome send(UUID invitationId, boolean resend, UUID by) {
        return send(invitations.begin(invitationId, resend, by));
    }

    /** Sends one invitation again, renewing its code's expiry as asked once the resend is allowed. */
    public Outcome resend(UUID invitationId, ExpiryRenewal renewal, UUID by) {
        return send(invitations.begin(invitationId, true, renewal, by));
    }

    private Outcome send(SendableInvitations.Started started) {
        MailOutbox.Connection connection;
        try {
            connection = outbox.open();
        } catch (RuntimeException e) {
            failed(started, "setup", "The mail connection could not be set up");
            throw e;
        }
        try (connection) {
            return deliver(started, connection);
        }
    }

    /** First sends of many invitations over one connection; a refusal of one does not stop the others. */
    public List<Outcome> sendAll(List<UUID> invitationIds, UUID by) {
        List<Outcome> outcomes = new ArrayList<>(invitationIds.size());
        try (MailOutbox.Connection connection = outbox.open()) {
            for (UUID id : invitationIds) {
                try {
                    outcomes.add(send(id, false, by, connection));
                } catch (UsherException refused) {
                    outcomes.add(new Outcome(id, false, refused.getMessage()));
                }
            }
        }
        return outcomes;
    }

    /** One invitation over a connection the caller opened (and closes). */
    public Outcome send(UUID invitationId, boolean resend, UUID by, MailOutbox.Connection connection) {
        return deliver(invitations.begin(invitationId, resend, by), connection);
    }

    /**
     * One invitation of a bulk send, at most once per send whatever restarts happen (see
     * {@link SendableInvitations#beginInBulk}), over the caller's connection. A mail server that cannot
     * be reached at all, even after the retries, would fail every item the same way, so it is
     * thrown (503) to stop the job; a restart tries the item again.
     */
    public BulkOutcome sendInBulk(UUID invitationId, UUID sendId, UUID by, MailOutbox.Connection connection) {
        SendableInvitations.BulkStart start = invitations.beginInBulk(invitationId, sendId, by);
        if (start.started() == null) {
            return new BulkOutcome(start.left(), invitationId, start.reason());
        }
        Outcome outcome = deliver(start.started(), connection);
        if (outcome.sent()) {
            return BulkOutcome.of(BulkOutcome.Kind.sent, invitationId);
        }
        if (outcome.failure().startsWith(MailFailure.NO_CONNECTION + ":")) {
            throw new ServiceUnavailableException("The mail server cannot be reached (" + outcome.failure()
                    + "); restart the job once it is back");
        }
        return new BulkOutcome(BulkOutcome.Kind.failed, invitationId, outcome.failure());
    }

    private Outcome deliver(SendableInvitations.Started started, MailOutbox.Connection connection) {
        UUID invitationId = started.letter().invitationId();
        String number = started.letter().number();
        MimeMessage message;
        try {
            message = messages.compose(started.letter(), connection.session());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Invitation " + number + ": the e-mail could not be composed", e);
            failed(started, "compose", "The e-mail could not be composed");
            return new Outcome(invitationId, false, "The e-mail could not be composed");
        }
        try {
            handOff.deliver(connection, message, () -> sends.retrying(started.deliveryId()));
        } catch (MailFailure failure) {
            LOG.warning(() -> "Invitation " + number + ": e-mail failed (" + failure.code() + " " + failure.reason() + ")");
            failed(started, failure.code(), failure.reason());
            return new Outcome(invitationId, false, failure.code() + ": " + failure.reason());
        }
        sends.sent(started.deliveryId(), started.letter().reference(), () -> invitations.markSent(invitationId));
        return new Outcome(invitationId, true, null);
    }

    private void failed(SendableInvitations.Started started, String code, String reason) {
        UUID invitationId = started.letter().invitationId();
        sends.failed(started.deliveryId(), code, reason, () -> invitations.markFailed(invitationId, code + ": " + reason));
    }
}
