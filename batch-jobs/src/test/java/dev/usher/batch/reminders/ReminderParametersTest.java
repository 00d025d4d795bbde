package dev.usher.batch.reminders;

import dev.usher.batch.JobXml;
import dev.usher.batch.StandInStepContext;
import org.junit.jupiter.api.Test;

import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder job's parameter, written as ReminderStarts writes it and read through the real job
 * XML (its checkpoint is {@code GuestPages}', tested there).
 */
class ReminderParametersTest {

    @Test
    void theStepReadsTheReminderItWasStartedFor() {
        UUID reminderId = UUID.randomUUID();
        Properties job = new Properties();
        job.setProperty("eventId", UUID.randomUUID().toString());
        job.setProperty("reminderId", reminderId.toString());
        job.setProperty("channel", "email");
        job.setProperty("startedBy", UUID.randomUUID().toString());
        job.setProperty("guests", "3");
        ReminderParameters parameters = new ReminderParameters();
        parameters.step = new StandInStepContext("remind", JobXml.of("reminder-send").properties("remind", job));

        assertThat(parameters.reminderId()).isEqualTo(reminderId);
    }

    @Test
    void aReaderWithoutACheckpointStartsFromTheFirstGuest() {
        ReminderReader reader = new ReminderReader();

        assertThat(reader.checkpointInfo()).isNull();
    }
}
