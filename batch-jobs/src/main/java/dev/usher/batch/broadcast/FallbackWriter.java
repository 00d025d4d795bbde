package dev.usher.batch.broadcast;

import dev.usher.batch.common.GuestPages;
import dev.usher.jobs.control.JobRuns;
import dev.usher.mail.MailOutbox;
import dev.usher.messaging.control.FallbackMailer;
import dev.usher.messaging.control.FallbackOutcome;
import dev.usher.messaging.control.FallbackRun;
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
 * E-mails the broadcast's text to each guest of the chunk over one mail connection (one SMTP
 * session per chunk). Each e-mail records its ledger row before it leaves, in its own
 * transaction, so a crash leaves it in doubt rather than sent twice; the counts and the guests
 * not e-mailed (with why) are written in the chunk's transaction.
 */
@Dependent
@Named
public class FallbackWriter extends AbstractItemWriter {

    @Inject
    FallbackMailer mailer;

    @Inject
    MailOutbox outbox;

    @Inject
    JobRuns runs;

    @Inject
    BroadcastParameters parameters;

    @Inject
    JobContext job;

    private FallbackRun run;

    @Override
    public void open(Serializable checkpoint) {
        run = parameters.fallbackRun();
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (MailOutbox.Connection connection = outbox.open()) {
            for (Object item : items) {
                GuestPages.Item guest = (GuestPages.Item) item;
                FallbackOutcome outcome = mailer.mail(run, guest.guestId(), connection);
                counts.merge(outcome.kind().counter(), 1, Integer::sum);
                if (outcome.problem()) {
                    runs.rowError(job.getInstanceId(), guest.position(), "email", outcome.describe());
                }
            }
        }
        runs.add(job.getInstanceId(), counts);
    }
}
