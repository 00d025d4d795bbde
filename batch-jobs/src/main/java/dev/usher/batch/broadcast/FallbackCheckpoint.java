package dev.usher.batch.broadcast;

import java.io.Serializable;
import java.util.UUID;

/**
 * Where the e-mail fallback's reader stands: the last guest of the last committed chunk, and
 * how many guests it has read (the row number the job's row errors use).
 */
public record FallbackCheckpoint(UUID lastGuest, int position) implements Serializable {
}
