package dev.usher.rsvp.control;

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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code USHER_RSVP_CONFIRMATION_SWEEP_SECONDS} (default 60) this server sends the
 * confirmations that have been queued for longer than that: the answer committed, but the server
 * that took it stopped before its managed thread handed the e-mail over. Every server sweeps; the
 * record's lock in {@link GuestConfirmations#start} lets one of them (or a late first attempt) take
 * each, so a guest still gets one e-mail. A non-persistent timer, as the digests' and reminders':
 * nothing to recover, the next beat looks again.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConfirmationSweep {

    private static final Logger LOG = Logger.getLogger(ConfirmationSweep.class.getName());
    /** At most this many left-behind confirmations go out in one beat; the rest wait for the next. */
    private static final int PER_BEAT = 100;

    @Resource
    TimerService timers;

    @Inject
    GuestConfirmations confirmations;

    @Inject
    ConfirmationSender sender;

    @Inject
    @ConfigProperty(name = "usher.rsvp.confirmation-sweep-seconds", defaultValue = "60")
    int sweepSeconds;

    @PostConstruct
    void schedule() {
        Beats.every(timers, sweepSeconds, "USHER_RSVP_CONFIRMATION_SWEEP_SECONDS");
    }

    @Timeout
    void beat(Timer timer) {
        try {
            OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(sweepSeconds);
            for (UUID deliveryId : confirmations.leftQueued(before, PER_BEAT)) {
                LOG.info(() -> "Delivery " + deliveryId + ": a confirmation e-mail left queued is sent now");
                sender.send(deliveryId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending confirmations left queued failed; the next beat tries again", e);
        }
    }
}
