package dev.usher.batch.broadcast;

import dev.usher.jobs.control.JobRuns;
import dev.usher.messaging.boundary.MessageContent;
import dev.usher.messaging.control.BroadcastSendOutcome;
import dev.usher.messaging.control.BroadcastSenders;
import dev.usher.messaging.control.SendRate;
import dev.usher.messaging.control.SendRates;
import dev.usher.whatsapp.WhatsAppConfiguration;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the broadcast to each guest of the chunk, paced to the configured rate, a few at a time
 * ({@link BroadcastSenders}). Each send records its ledger row before calling WhatsApp (in its
 * own transaction), so a crash leaves the guests in flight in doubt rather than sent twice; the
 * counts are added in the chunk's transaction.
 */
@Dependent
@Named
public class BroadcastWriter extends AbstractItemWriter {

    @Inject
    BroadcastSenders senders;

    @Inject
    JobRuns runs;

    @Inject
    BroadcastParameters parameters;

    @Inject
    JobContext job;

    @Inject
    @ConfigProperty(name = "usher.whatsapp.broadcast-rate", defaultValue = "80")
    double perSecond;

    @Inject
    SendRates rates;

    @Inject
    WhatsAppConfiguration whatsApp;

    private SendRate rate;
    private MessageContent content;

    @Override
    public void open(Serializable checkpoint) {
        // Shared with any other broadcast on the same business number in this server.
        rate = rates.forNumber(whatsApp.current().phoneNumberId(), perSecond);
        content = parameters.content();
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<UUID> guests = items.stream().map(UUID.class::cast).toList();
        for (BroadcastSendOutcome outcome : senders.sendAll(parameters.eventId(), parameters.broadcastId(), guests,
                content, parameters.startedBy(), rate::acquire)) {
            // Each guest's failure, with its reason, is in the ledger (messages?broadcast=...&state=failed).
            counts.merge(outcome.counter(), 1, Integer::sum);
        }
        runs.add(job.getInstanceId(), counts);
    }
}
