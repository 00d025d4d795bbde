package dev.usher.batch.reminders;

import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.UUID;

/** The reminder job's parameter (passed as a step property by the job XML): the reminder. */
@Dependent
public class ReminderParameters {

    @Inject
    StepContext step;

    public UUID reminderId() {
        return UUID.fromString(step.getProperties().getProperty("reminderId"));
    }
}
