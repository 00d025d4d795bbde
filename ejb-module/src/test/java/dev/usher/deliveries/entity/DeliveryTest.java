package dev.usher.deliveries.entity;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

    private static final OffsetDateTime T1 = OffsetDateTime.of(2027, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime T2 = T1.plusMinutes(1);
    private static final OffsetDateTime T3 = T1.plusMinutes(2);

    private static Delivery sentMessage() {
        Delivery d = new Delivery(Channel.whatsapp, "+972541234567", "text",
                new DeliveryRefs(null, null, null, null, null), "{}");
        d.sending();
        d.sent("wamid.1");
        return d;
    }

    @Test
    void aLateDeliveredDoesNotOverwriteRead() {
        Delivery d = sentMessage();
        assertThat(d.advance(DeliveryState.read, T3)).isTrue();
        assertThat(d.advance(DeliveryState.delivered, T2)).isFalse();
        assertThat(d.state()).isEqualTo(DeliveryState.read);
        assertThat(d.readAt()).isEqualTo(T3);
        assertThat(d.deliveredAt()).isEqualTo(T3);
    }

    @Test
    void aRepeatedReportChangesNothing() {
        Delivery d = sentMessage();
        assertThat(d.advance(DeliveryState.delivered, T2)).isTrue();
        assertThat(d.advance(DeliveryState.delivered, T3)).isFalse();
        assertThat(d.deliveredAt()).isEqualTo(T2);
    }

    @Test
    void aFailureAfterDeliveryIsIgnoredButBeforeItCounts() {
        Delivery delivered = sentMessage();
        delivered.advance(DeliveryState.delivered, T2);
        delivered.failed("131026", "undeliverable", T3);
        assertThat(delivered.state()).isEqualTo(DeliveryState.delivered);

        Delivery failed = sentMessage();
        failed.failed("131026", "undeliverable", T3);
        assertThat(failed.state()).isEqualTo(DeliveryState.failed);
        assertThat(failed.errorCode()).isEqualTo("131026");
        assertThat(failed.advance(DeliveryState.read, T3)).isFalse();
    }

    @Test
    void eachSendIsAnAttempt() {
        Delivery d = new Delivery(Channel.email, "ann@example.com", "invitation",
                new DeliveryRefs(null, null, null, null, null), null);
        d.sending();
        d.failed("421", "try later", T1);
        d.sending();
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(d.errorCode()).isNull();
    }

    @Test
    void onlyAMessageThatNeverWentOutIsSentAgainToTheCurrentNumber() {
        Delivery failed = new Delivery(Channel.whatsapp, "", "text",
                new DeliveryRefs(null, null, null, null, null), "{}");
        assertThat(failed.failed("no-valid-phone", "no phone", T1)).isTrue();
        assertThat(failed.failed("no-valid-phone", "no phone", T2)).as("a repeat").isFalse();
        failed.resend("+972541234567", "{\"type\":\"text\"}");
        assertThat(failed.state()).isEqualTo(DeliveryState.sending);
        assertThat(failed.recipient()).isEqualTo("+972541234567");
        assertThat(failed.attempts()).isEqualTo(1);

        Delivery sent = sentMessage();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sent.resend("+972541234567", "{}"))
                .isInstanceOf(IllegalStateException.class);
    }
}
