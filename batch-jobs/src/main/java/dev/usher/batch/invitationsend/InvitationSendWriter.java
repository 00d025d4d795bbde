package dev.usher.batch.invitationsend;

import dev.usher.invitations.control.BulkInvitationSender;
import dev.usher.invitations.control.BulkOutcome;
import dev.usher.invitations.control.BulkSendList;
import dev.usher.jobs.control.JobRuns;
import dev.usher.mail.MailOutbox;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles each item of the chunk over one mail connection (one SMTP session per chunk). Each
 * send records its ledger row before the message leaves, in its own transaction, so a crash
 * leaves the item in doubt rather than sent twice; the counts and the list of items that were
 * not sent (with why) are written in the chunk's transaction.
 */
@Dependent
@Named
public class InvitationSendWriter extends AbstractItemWriter {

    @Inject
    BulkInvitationSender sender;

    @Inject
    MailOutbox outbox;

    @Inject
    JobRuns runs;

    @Inject
    InvitationSendParameters parameters;

    @Inject
    JobContext job;

    private BulkInvitationSender.BulkSend send;

    @Override
    public void open(Serializable checkpoint) {
        send = parameters.bulkSend();
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (MailOutbox.Connection connection = outbox.open()) {
            for (Object item : items) {
                BulkSendList.Item entry = (BulkSendList.Item) item;
                BulkOutcome outcome = sender.handle(send, entry, connection);
                counts.merge(outcome.kind().counter(), 1, Integer::sum);
                if (outcome.reason() != null) {
                    runs.rowError(job.getInstanceId(), entry.position(), null, outcome.describe());
                }
            }
        }
        runs.add(job.getInstanceId(), counts);
    }
}
