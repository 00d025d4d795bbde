package dev.usher.deliveries.control;

import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a run does with the record it already keeps for a recipient (the database side, a new
 * record and the transactions, is run by the integration tests).
 */
class RecordedSendsTest {

    private static final DeliveryRefs REFS = new DeliveryRefs(UUID.randomUUID(), UUID.randomUUID(), null,
            UUID.randomUUID(), null);
    private static final RecordedSends.Outgoing NOW = new RecordedSends.Outgoing(Channel.email,
            "new@example.com", "broadcast-fallback", REFS, "{\"text\":\"now\"}");

    private final RecordedSends sends = new RecordedSends();

    private static Delivery record() {
        return new Delivery(Channel.email, "old@example.com", "broadcast-fallback", REFS, "{\"text\":\"then\"}");
    }

    @Test
    void aFailedRecordIsSentAgainOnTheSameRecordAsTheMessageIsNow() {
        Delivery failed = record();
        failed.sending();
        failed.failed("451", "busy", OffsetDateTime.now());

        RecordedSends.Start start = sends.openInRun(failed, NOW);

        assertThat(start.decision()).isEqualTo(SendDecision.SEND_AGAIN);
        assertThat(start.sends()).isTrue();
        assertThat(start.deliveryId()).isEqualTo(failed.id());
        assertThat(failed.state()).isEqualTo(DeliveryState.sending);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.recipient()).isEqualTo("new@example.com");
        assertThat(failed.content()).isEqualTo("{\"text\":\"now\"}");
        assertThat(failed.errorCode()).isNull();
    }

    @Test
    void aRecordCaughtMidSendIsLeftInDoubtUntouched() {
        Delivery inDoubt = record();
        inDoubt.sending();

        RecordedSends.Start start = sends.openInRun(inDoubt, NOW);

        assertThat(start.decision()).isEqualTo(SendDecision.IN_DOUBT);
        assertThat(start.sends()).isFalse();
        assertThat(start.state()).isEqualTo(DeliveryState.sending);
        assertThat(inDoubt.attempts()).isEqualTo(1);
        assertThat(inDoubt.recipient()).isEqualTo("old@example.com");
    }

    @Test
    void aRecordThatWentOutIsNotSentAgain() {
        Delivery sent = record();
        sent.sending();
        sent.sent(null);

        RecordedSends.Start start = sends.openInRun(sent, NOW);

        assertThat(start.decision()).isEqualTo(SendDecision.ALREADY_SENT);
        assertThat(start.sends()).isFalse();
        assertThat(start.state()).isEqualTo(DeliveryState.sent);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.content()).isEqualTo("{\"text\":\"then\"}");
    }
}
