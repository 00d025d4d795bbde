package dev.usher.batch.broadcast;

import dev.usher.batch.common.GuestPages;
import dev.usher.messaging.control.FallbackRecipients;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.UUID;

/**
 * Reads the guests the e-mail fallback reaches ({@link FallbackRecipients}), in guest id
 * order, a page at a time ({@link GuestPages}). The checkpoint is the last guest of the last
 * committed chunk; a restart continues after it. Each item is the guest's position and id.
 */
@Dependent
@Named
public class FallbackReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    FallbackRecipients recipients;

    @Inject
    BroadcastParameters parameters;

    private GuestPages guests;

    @Override
    public void open(Serializable checkpoint) {
        UUID eventId = parameters.eventId();
        UUID broadcastId = parameters.broadcastId();
        guests = new GuestPages(PAGE, checkpoint, (after, limit) -> recipients.after(eventId, broadcastId, after, limit));
    }

    @Override
    public Object readItem() {
        return guests.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return guests.checkpoint();
    }
}
