package dev.usher.batch.reminders;

import java.io.Serializable;
import java.util.UUID;

/**
 * Where the reminder's reader stands: the last guest of the last committed chunk, and how many
 * guests it has read (the row number the job's row errors use).
 */
public record ReminderCheckpoint(UUID lastGuest, int position) implements Serializable {
}
