package dev.usher.invitations.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.mail.MailFixtures;
import dev.usher.mail.MailSettings;
import dev.usher.mail.SmtpStub;
import jakarta.mail.Session;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-off to a real (scripted) SMTP server: temporary failures are retried, each retry
 * recorded as one more attempt; a permanent failure ends at once; the outcome is recorded last.
 * The database steps are replaced by a recorder (the integration tests run the real ones).
 */
class InvitationSenderTest {

    /** The database steps, as a list of what was recorded. */
    static final class RecordedSteps {
        final List<String> calls = new ArrayList<>();

        final SendableInvitations invitations = new SendableInvitations() {
            @Override
            public Started begin(UUID invitationId, boolean resend, UUID by) {
                calls.add("sending");
                return new Started(UUID.randomUUID(), new InvitationLetter(invitationId, "INV-0009",
                        InvitationTokens.next(), "Dana Cohen", "Dana", "dana@example.com", InvitationType.general,
                        null, 1, null, InvitationTokens.reference()));
            }
        };

        final RecordedSends sends = new RecordedSends() {
            @Override
            public void retrying(UUID deliveryId) {
                calls.add("sending again");
            }

            @Override
            public void sent(UUID deliveryId, String providerMessageId, Runnable alongside) {
                calls.add("sent");
            }

            @Override
            public void failed(UUID deliveryId, String code, String reason, Runnable alongside) {
                calls.add("failed " + code + " " + reason);
            }
        };
    }

    private static InvitationSender sender(RecordedSteps steps, int port) {
        MailSettings settings = MailFixtures.settings("127.0.0.1", "x");
        InvitationSender sender = new InvitationSender();
        sender.invitations = steps.invitations;
        sender.sends = steps.sends;
        sender.handOff = MailFixtures.handOff(settings);
        sender.messages = new InvitationMessages(settings, InvitationLooks.withPixel(false), new InvitationLinks("https://usher.example"));
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(p);
        sender.outbox = MailFixtures.smtpOutbox(session);
        return sender;
    }

    @Test
    void temporaryFailuresAreRetriedUntilTheServerAccepts() throws Exception {
        RecordedSteps steps = new RecordedSteps();
        try (SmtpStub stub = new SmtpStub("451 4.7.1 greylisted", "421 4.3.2 busy")) {
            InvitationSender.Outcome outcome = sender(steps, stub.port()).send(UUID.randomUUID(), false, null);
            assertThat(outcome.sent()).isTrue();
            assertThat(stub.accepted.get()).isEqualTo(1);
        }
        assertThat(steps.calls).containsExactly("sending", "sending again", "sending again", "sent");
    }

    @Test
    void aPermanentFailureEndsAtOnceWithTheServersReason() throws Exception {
        RecordedSteps steps = new RecordedSteps();
        try (SmtpStub stub = new SmtpStub("550 5.1.1 no such mailbox")) {
            InvitationSender.Outcome outcome = sender(steps, stub.port()).send(UUID.randomUUID(), false, null);
            assertThat(outcome.sent()).isFalse();
            assertThat(outcome.failure()).contains("550").contains("no such mailbox");
        }
        assertThat(steps.calls).hasSize(2);
        assertThat(steps.calls.get(1)).startsWith("failed 550").contains("no such mailbox");
    }

    @Test
    void temporaryFailuresBeyondTheRetriesFailWithTheCountOfAttempts() throws Exception {
        RecordedSteps steps = new RecordedSteps();
        try (SmtpStub stub = new SmtpStub("451 a", "451 b", "451 c", "451 d")) {
            InvitationSender.Outcome outcome = sender(steps, stub.port()).send(UUID.randomUUID(), false, null);
            assertThat(outcome.sent()).isFalse();
            assertThat(stub.accepted.get()).isZero();
        }
        assertThat(steps.calls).hasSize(4).startsWith("sending", "sending again", "sending again");
        assertThat(steps.calls.get(3)).startsWith("failed 451").contains("c").endsWith("(after 3 attempts)");
    }
}
