package dev.usher.batch.broadcast;

import dev.usher.messaging.control.FallbackRecipients;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads the guests the e-mail fallback reaches ({@link FallbackRecipients}), in guest id
 * order, a page at a time. The checkpoint is the last guest of the last committed chunk; a
 * restart continues after it. Each item is the guest's position and id.
 */
@Dependent
@Named
public class FallbackReader extends AbstractItemReader {

    private static final int PAGE = 500;

    /** One guest to e-mail and where it comes in the list (1-based). */
    record Item(int position, UUID guestId) {
    }

    @Inject
    FallbackRecipients recipients;

    @Inject
    BroadcastParameters parameters;

    private UUID eventId;
    private UUID broadcastId;
    private UUID lastRead;
    private int position;
    private final Deque<UUID> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        eventId = parameters.eventId();
        broadcastId = parameters.broadcastId();
        if (checkpoint instanceof FallbackCheckpoint last) {
            lastRead = last.lastGuest();
            position = last.position();
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = recipients.after(eventId, broadcastId, lastRead, PAGE);
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
        return lastRead == null ? null : new FallbackCheckpoint(lastRead, position);
    }
}
