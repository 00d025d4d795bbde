package dev.usher.reminders.control;

import dev.usher.jobs.control.JobControl;
import dev.usher.platform.timers.Beats;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code USHER_REMINDERS_POLL_SECONDS} (default 30) this server starts the reminders that
 * are due ({@link DueReminders}); every server does, and the database decides which one starts
 * each. A non-persistent timer: nothing to recover, the next beat looks again. It acts as Usher's
 * system identity (as {@link JobControl} does), since a timer has no caller.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@RunAs(JobControl.RUN_AS)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    /** At most this many reminders start in one beat; the rest wait for the next. */
    private static final int PER_BEAT = 20;

    @Resource
    TimerService timers;

    @Inject
    DueReminders due;

    @Inject
    @ConfigProperty(name = "usher.reminders.poll-seconds", defaultValue = "30")
    int pollSeconds;

    @PostConstruct
    void schedule() {
        Beats.every(timers, pollSeconds, "USHER_REMINDERS_POLL_SECONDS");
    }

    @Timeout
    void beat(Timer timer) {
        try {
            for (int i = 0; i < PER_BEAT && due.startNext(); i++) {
                // one reminder per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Starting due reminders failed; the next beat tries again", e);
        }
    }
}
