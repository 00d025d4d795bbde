package dev.usher.reminders.control;

import dev.usher.reminders.entity.Reminder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the reminders whose time has come, on whichever server's timer gets there first: each
 * is claimed with {@code FOR UPDATE SKIP LOCKED} in a transaction of its own, so two servers never
 * start the same one (the other skips the locked row, then finds it started).
 */
@Dependent
public class DueReminders {

    private static final Logger LOG = Logger.getLogger(DueReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderStarts starts;

    /** Claims and starts at most one due reminder; false when none is due (or all are claimed elsewhere). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean startNext() {
        @SuppressWarnings("unchecked")
        List<Object> due = em.createNativeQuery("SELECT CAST(id AS text) FROM reminders WHERE state = 'scheduled'"
                + " AND due_at <= now() ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Reminder reminder = em.find(Reminder.class, UUID.fromString(due.get(0).toString()));
        try {
            starts.start(reminder);
        } catch (RuntimeException e) {
            // Not left to be claimed again at every beat: a reminder that cannot start is cancelled, and said so.
            LOG.log(Level.WARNING, "Reminder " + reminder.id() + " could not start; it is cancelled", e);
            reminder.cancel();
        }
        return true;
    }
}
