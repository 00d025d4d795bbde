package dev.usher.batch.common;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A reader's walk through a list of guests in id order, a page at a time, each guest numbered by
 * its position (the row the job's row errors name). Its checkpoint is the last guest read and its
 * position; a restart goes on after it. Readers that e-mail one guest at a time share it.
 */
public final class GuestPages {

    /** One guest and where it comes in the list (1-based). */
    public record Item(int position, UUID guestId) implements Serializable {
    }

    /** The last guest of the last committed chunk, and how many guests were read up to it. */
    public record Checkpoint(UUID lastGuest, int position) implements Serializable {
    }

    private final int pageSize;
    private final BiFunction<UUID, Integer, List<UUID>> nextPage;
    private final Deque<UUID> page = new ArrayDeque<>();
    private UUID lastRead;
    private int position;
    private boolean exhausted;

    /**
     * @param checkpoint the runtime's checkpoint (null: from the start)
     * @param nextPage   the next guests after an id (null: from the start), at most the given number
     */
    public GuestPages(int pageSize, Serializable checkpoint, BiFunction<UUID, Integer, List<UUID>> nextPage) {
        this.pageSize = pageSize;
        this.nextPage = nextPage;
        if (checkpoint instanceof Checkpoint last) {
            lastRead = last.lastGuest();
            position = last.position();
        }
    }

    /** The next guest, or null after the last one. */
    public Item next() {
        if (page.isEmpty() && !exhausted) {
            List<UUID> next = nextPage.apply(lastRead, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        UUID guest = page.poll();
        if (guest == null) {
            return null;
        }
        lastRead = guest;
        position++;
        return new Item(position, guest);
    }

    public Checkpoint checkpoint() {
        return lastRead == null ? null : new Checkpoint(lastRead, position);
    }
}
