package dev.usher.batch.broadcast;

import dev.usher.batch.JobXml;
import dev.usher.batch.StandInStepContext;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.messaging.boundary.BroadcastRequest;
import dev.usher.messaging.boundary.MessageContent;
import dev.usher.messaging.boundary.TemplateInput;
import dev.usher.messaging.control.FallbackRun;
import dev.usher.messaging.entity.RsvpAnswer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The broadcast's job parameters, written as WhatsAppBroadcasts writes them (JSON-B), read by each step. */
class BroadcastParametersTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final UUID eventId = UUID.randomUUID();
    private final UUID broadcastId = UUID.randomUUID();
    private final UUID startedBy = UUID.randomUUID();
    private final MessageContent template = new MessageContent(null, new TemplateInput("rsvp_invitation", "he",
            List.of("{firstName}", "Dana & Noa"), List.of(RsvpAnswer.yes, RsvpAnswer.no)));
    private final BroadcastRequest.Audience audience = new BroadcastRequest.Audience(GuestStatus.confirmed, "bride",
            List.of(UUID.randomUUID(), UUID.randomUUID()));

    @Test
    void theSendStepReadsTheContentAndTheAudienceBackAsTheyWereAsked() {
        BroadcastParameters parameters = parameters("send", jobParameters(template));

        assertThat(parameters.eventId()).isEqualTo(eventId);
        assertThat(parameters.broadcastId()).isEqualTo(broadcastId);
        assertThat(parameters.startedBy()).isEqualTo(startedBy);
        assertThat(parameters.content()).isEqualTo(template);
        assertThat(parameters.audience()).isEqualTo(audience);
    }

    @Test
    void theEmailFallbackStepSeesTheSameBroadcastAndText() {
        MessageContent text = new MessageContent("Hello {firstName}, see you on the 1st!", null);

        BroadcastParameters parameters = parameters("email-fallback", jobParameters(text));

        assertThat(parameters.fallbackRun()).isEqualTo(new FallbackRun(eventId, broadcastId, text, startedBy));
    }

    private Properties jobParameters(MessageContent content) {
        Properties job = new Properties();
        job.setProperty("eventId", eventId.toString());
        job.setProperty("broadcastId", broadcastId.toString());
        job.setProperty("startedBy", startedBy.toString());
        job.setProperty("content", JSONB.toJson(content));
        job.setProperty("audience", JSONB.toJson(audience));
        job.setProperty("guests", "2");
        job.setProperty("emailFallback", "true");
        return job;
    }

    private static BroadcastParameters parameters(String stepId, Properties jobParameters) {
        BroadcastParameters parameters = new BroadcastParameters();
        parameters.step = new StandInStepContext(stepId,
                JobXml.of("whatsapp-broadcast").properties(stepId, jobParameters));
        return parameters;
    }
}
