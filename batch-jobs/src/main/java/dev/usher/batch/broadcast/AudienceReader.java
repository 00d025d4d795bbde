package dev.usher.batch.broadcast;

import dev.usher.messaging.boundary.BroadcastRequest;
import dev.usher.messaging.control.BroadcastAudience;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads the broadcast's guests in id order, a page at a time. The checkpoint is the last
 * guest handled by a committed chunk; a restart continues after it.
 */
@Dependent
@Named
public class AudienceReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    BroadcastAudience audience;

    @Inject
    BroadcastParameters parameters;

    private UUID eventId;
    private BroadcastRequest.Audience filter;
    private UUID lastRead;
    private final Deque<UUID> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        eventId = parameters.eventId();
        filter = parameters.audience();
        if (checkpoint instanceof String last) {
            lastRead = UUID.fromString(last);
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = audience.after(eventId, filter, lastRead, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        UUID guest = page.poll();
        if (guest != null) {
            lastRead = guest;
        }
        return guest;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead == null ? null : lastRead.toString();
    }
}
