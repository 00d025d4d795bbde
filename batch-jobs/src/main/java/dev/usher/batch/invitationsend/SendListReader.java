package dev.usher.batch.invitationsend;

import dev.usher.invitations.control.BulkSendList;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads the send's work list in order, a page at a time. The checkpoint is the position of the
 * last item of the last committed chunk; a restart continues after it.
 */
@Dependent
@Named
public class SendListReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    BulkSendList list;

    @Inject
    InvitationSendParameters parameters;

    private UUID sendId;
    private int lastRead;
    private final Deque<BulkSendList.Item> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        sendId = parameters.sendId();
        if (checkpoint instanceof Integer last) {
            lastRead = last;
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = list.after(sendId, lastRead, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        BulkSendList.Item item = page.poll();
        if (item != null) {
            lastRead = item.position();
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
