package dev.usher.batch.invitationsend;

import dev.usher.batch.JobXml;
import dev.usher.batch.StandInStepContext;
import dev.usher.invitations.control.BulkInvitationSender;
import dev.usher.invitations.control.GuestInvitationDrafts;
import dev.usher.invitations.entity.InvitationType;
import org.junit.jupiter.api.Test;

import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk send's job parameters, written as BulkInvitationSends writes them, read through the real job XML. */
class InvitationSendParametersTest {

    private final UUID sendId = UUID.randomUUID();
    private final UUID startedBy = UUID.randomUUID();

    @Test
    void anEventSendCarriesItsTermsAndMayOnlyDraft() {
        UUID eventId = UUID.randomUUID();
        Properties job = common();
        job.setProperty("eventId", eventId.toString());
        job.setProperty("type", InvitationType.vip.name());
        job.setProperty("customMessage", "Black tie, please");
        job.setProperty("seats", "3");
        job.setProperty("expiresAt", "2030-06-01T18:00Z");
        job.setProperty("send", "false");

        assertThat(parameters(job).bulkSend()).isEqualTo(new BulkInvitationSender.BulkSend(sendId, eventId,
                new GuestInvitationDrafts.Terms(InvitationType.vip, "Black tie, please", 3,
                        java.time.OffsetDateTime.parse("2030-06-01T18:00Z")), false, startedBy));
    }

    @Test
    void anOfficialSendHasNoEventAndNoTermsAndSends() {
        InvitationSendParameters parameters = parameters(common());

        assertThat(parameters.sendId()).isEqualTo(sendId);
        assertThat(parameters.bulkSend()).isEqualTo(new BulkInvitationSender.BulkSend(sendId, null,
                new GuestInvitationDrafts.Terms(null, null, null, null), true, startedBy));
    }

    private Properties common() {
        Properties job = new Properties();
        job.setProperty("sendId", sendId.toString());
        job.setProperty("startedBy", startedBy.toString());
        job.setProperty("items", "12");
        return job;
    }

    private static InvitationSendParameters parameters(Properties jobParameters) {
        InvitationSendParameters parameters = new InvitationSendParameters();
        parameters.step = new StandInStepContext("send", JobXml.of("invitation-send").properties("send", jobParameters));
        return parameters;
    }
}
