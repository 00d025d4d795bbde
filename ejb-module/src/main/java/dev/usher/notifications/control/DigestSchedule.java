package dev.usher.notifications.control;

import dev.usher.deliveries.control.RecordedMail;
import dev.usher.mail.MailOutbox;
import dev.usher.platform.timers.Beats;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code USHER_DIGEST_POLL_SECONDS} (default 30) this server sends the RSVP digests that are
 * due ({@link DueDigests}); every server does, and the database decides which one sends each. A
 * non-persistent timer, as the reminders' ({@code ReminderSchedule}): nothing to recover, the next
 * beat looks again. Each digest is claimed and recorded in its own transaction, then handed to the
 * mail server outside any transaction.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());
    /** At most this many digests of each kind go out in one beat; the rest wait for the next. */
    private static final int PER_BEAT = 50;

    @Resource
    TimerService timers;

    @Inject
    DueDigests due;

    @Inject
    OrganizerMails mails;

    @Inject
    MailOutbox outbox;

    @Inject
    RecordedMail mail;

    @Inject
    @ConfigProperty(name = "usher.digest.poll-seconds", defaultValue = "30")
    int pollSeconds;

    @PostConstruct
    void schedule() {
        DigestTiming.current(); // a wrong setting stops the start, not every beat
        Beats.every(timers, pollSeconds, "USHER_DIGEST_POLL_SECONDS");
    }

    @Timeout
    void beat(Timer timer) {
        try {
            DigestTiming timing = DigestTiming.current();
            send(due::claimImmediate, timing);
            send(due::claimDaily, timing);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending due RSVP digests failed; the next beat tries again", e);
        }
    }

    private void send(Function<DigestTiming, Optional<DueDigests.Claimed>> claim, DigestTiming timing) {
        MailOutbox.Connection connection = null;
        try {
            for (int i = 0; i < PER_BEAT; i++) {
                Optional<DueDigests.Claimed> claimed = claim.apply(timing);
                if (claimed.isEmpty()) {
                    return;
                }
                if (connection == null) {
                    connection = outbox.open();
                }
                DueDigests.Claimed digest = claimed.get();
                String failure = mail.deliver(digest.deliveryId(), session -> mails.digest(digest.digest(), session),
                        connection, false);
                if (failure != null) {
                    LOG.warning("An RSVP digest was not sent (" + failure + "); delivery " + digest.deliveryId());
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
