package dev.usher.batch.reminders;

import dev.usher.batch.common.GuestPages;
import dev.usher.reminders.control.ReminderAudience;
import dev.usher.reminders.control.ReminderRuns;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Reads the reminder's guests ({@link ReminderAudience}) in id order, a page at a time
 * ({@link GuestPages}). The checkpoint is the last guest of the last committed chunk; a restart
 * continues after it.
 */
@Dependent
@Named
public class ReminderReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    ReminderAudience audience;

    @Inject
    ReminderRuns runs;

    @Inject
    ReminderParameters parameters;

    private GuestPages guests;

    @Override
    public void open(Serializable checkpoint) {
        ReminderAudience.Selection selection = runs.find(parameters.reminderId()).selection();
        guests = new GuestPages(PAGE, checkpoint, (after, limit) -> audience.after(selection, after, limit));
    }

    @Override
    public Object readItem() {
        return guests.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return guests == null ? null : guests.checkpoint();
    }
}
