package dev.usher.batch.reminders;

import dev.usher.reminders.control.ReminderAudience;
import dev.usher.reminders.control.ReminderRuns;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads the reminder's guests ({@link ReminderAudience}) in id order, a page at a time. The
 * checkpoint is the last guest of the last committed chunk; a restart continues after it.
 */
@Dependent
@Named
public class ReminderReader extends AbstractItemReader {

    private static final int PAGE = 500;

    /** One guest to remind and where it comes in the list (1-based). */
    record Item(int position, UUID guestId) implements Serializable {
    }

    @Inject
    ReminderAudience audience;

    @Inject
    ReminderRuns runs;

    @Inject
    ReminderParameters parameters;

    private ReminderAudience.Selection selection;
    private UUID lastRead;
    private int position;
    private final Deque<UUID> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        selection = runs.find(parameters.reminderId()).selection();
        if (checkpoint instanceof ReminderCheckpoint last) {
            lastRead = last.lastGuest();
            position = last.position();
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = audience.after(selection, lastRead, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        UUID guest = page.poll();
        if (guest == null) {
            return null;
        }
        lastRead = guest;
        position++;
        return new Item(position, guest);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead == null ? null : new ReminderCheckpoint(lastRead, position);
    }
}
