package dev.usher.batch.reminders;

import dev.usher.batch.common.GuestPages;
import dev.usher.jobs.control.JobRuns;
import dev.usher.mail.MailOutbox;
import dev.usher.messaging.control.SendRate;
import dev.usher.messaging.control.SendRates;
import dev.usher.reminders.control.ReminderMailer;
import dev.usher.reminders.control.ReminderOutcome;
import dev.usher.reminders.control.ReminderRun;
import dev.usher.reminders.control.ReminderRuns;
import dev.usher.reminders.control.ReminderWhatsApp;
import dev.usher.reminders.entity.ReminderChannel;
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

/**
 * Reminds each guest of the chunk: by e-mail over one mail connection per chunk
 * ({@link ReminderMailer}), or by WhatsApp paced to the broadcast rate of the business number
 * ({@link ReminderWhatsApp}). Each message records its ledger row before it leaves, in its own
 * transaction; the counts and the guests not reminded (with why) are written in the chunk's.
 */
@Dependent
@Named
public class ReminderWriter extends AbstractItemWriter {

    @Inject
    ReminderRuns runs;

    @Inject
    ReminderMailer mailer;

    @Inject
    ReminderWhatsApp whatsApp;

    @Inject
    MailOutbox outbox;

    @Inject
    JobRuns jobRuns;

    @Inject
    ReminderParameters parameters;

    @Inject
    JobContext job;

    @Inject
    SendRates rates;

    @Inject
    WhatsAppConfiguration whatsAppSettings;

    @Inject
    @ConfigProperty(name = "usher.whatsapp.broadcast-rate", defaultValue = "80")
    double perSecond;

    private ReminderRun run;
    private SendRate rate;

    @Override
    public void open(Serializable checkpoint) {
        run = runs.find(parameters.reminderId());
        if (run.channel() == ReminderChannel.whatsapp) {
            rate = rates.forNumber(whatsAppSettings.current().phoneNumberId(), perSecond);
        }
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (run.channel() == ReminderChannel.whatsapp) {
            counts.putAll(whatsApp.send(run, items.stream().map(i -> ((GuestPages.Item) i).guestId()).toList(),
                    rate::acquire));
        } else {
            try (MailOutbox.Connection connection = outbox.open()) {
                for (Object item : items) {
                    GuestPages.Item guest = (GuestPages.Item) item;
                    ReminderOutcome outcome = mailer.mail(run, guest.guestId(), connection);
                    counts.merge(outcome.kind().counter(), 1, Integer::sum);
                    if (outcome.problem()) {
                        jobRuns.rowError(job.getInstanceId(), guest.position(), "email", outcome.describe());
                    }
                }
            }
        }
        jobRuns.add(job.getInstanceId(), counts);
    }
}
