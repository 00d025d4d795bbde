package dev.usher.reminders.control;

import dev.usher.jobs.boundary.JobView;
import dev.usher.jobs.control.JobLaunches;
import dev.usher.reminders.entity.Reminder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * Starts a reminder's reminder-send job and marks the reminder started, in the caller's
 * transaction, which holds the reminder's row locked: a request that sends now, or the timer that
 * claimed a due reminder. Should that transaction fail after the job started, the reminder stays
 * scheduled and may start once more; the ledger still reminds no guest twice.
 */
@Dependent
public class ReminderStarts {

    public static final String JOB = "reminder-send";

    @Inject
    JobLaunches launches;

    @Inject
    ReminderAudience audience;

    public JobView start(Reminder reminder) {
        Properties parameters = new Properties();
        parameters.setProperty("eventId", reminder.eventId().toString());
        parameters.setProperty("reminderId", reminder.id().toString());
        parameters.setProperty("channel", reminder.channel().name());
        if (reminder.createdBy() != null) {
            parameters.setProperty("startedBy", reminder.createdBy().toString());
        }
        parameters.setProperty("guests", Long.toString(audience.count(new ReminderAudience.Selection(
                reminder.eventId(), reminder.channel(), reminder.openedOnly()))));
        JobView job = launches.launch(JOB, reminder.eventId(), reminder.createdBy(), parameters);
        reminder.started(job.instanceId());
        return job;
    }
}
