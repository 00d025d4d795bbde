package dev.usher.batch.common;

import dev.usher.batch.Checkpoints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mailing readers' walk through their guests: pages, positions, and a restart from the checkpoint. */
class GuestPagesTest {

    /** Guests 1 to n as ids that sort in that order. */
    private static final List<UUID> GUESTS = IntStream.rangeClosed(1, 7)
            .mapToObj(i -> new UUID(0, i)).toList();

    private final List<UUID> asked = new ArrayList<>();

    private final BiFunction<UUID, Integer, List<UUID>> source = (after, limit) -> {
        asked.add(after);
        return GUESTS.stream().filter(g -> after == null || g.compareTo(after) > 0).limit(limit).toList();
    };

    @Test
    void everyGuestIsReadOnceInOrderWithItsPosition() {
        GuestPages pages = new GuestPages(3, null, source);
        assertThat(pages.checkpoint()).isNull();
        List<GuestPages.Item> read = new ArrayList<>();
        for (GuestPages.Item item = pages.next(); item != null; item = pages.next()) {
            read.add(item);
        }
        assertThat(read).extracting(GuestPages.Item::guestId).containsExactlyElementsOf(GUESTS);
        assertThat(read).extracting(GuestPages.Item::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        // Three pages: 3, 3, then 1 (short, so the last); no fourth question.
        assertThat(asked).containsExactly(null, GUESTS.get(2), GUESTS.get(5));
    }

    @Test
    void aRestartGoesOnAfterTheCheckpointAsTheRuntimeStoredIt() {
        GuestPages first = new GuestPages(3, null, source);
        first.next();
        first.next();
        GuestPages.Checkpoint checkpoint = (GuestPages.Checkpoint) Checkpoints.storedAndRead(first.checkpoint());
        assertThat(checkpoint).isEqualTo(new GuestPages.Checkpoint(GUESTS.get(1), 2));

        GuestPages restarted = new GuestPages(3, checkpoint, source);
        GuestPages.Item next = restarted.next();
        assertThat(next).isEqualTo(new GuestPages.Item(3, GUESTS.get(2)));
    }

    @Test
    void anEmptyListEndsAtOnce() {
        GuestPages pages = new GuestPages(3, null, (after, limit) -> List.of());
        assertThat(pages.next()).isNull();
        assertThat(pages.checkpoint()).isNull();
    }
}
