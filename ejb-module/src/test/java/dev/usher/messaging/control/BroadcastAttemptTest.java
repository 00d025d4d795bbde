package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BroadcastAttemptTest {

    @Test
    void aRestartNeverSendsTwiceButRetriesWhatNeverWentOut() {
        assertThat(BroadcastAttempt.decide(null)).isEqualTo(BroadcastAttempt.SEND_NEW);
        assertThat(BroadcastAttempt.decide(DeliveryState.queued)).isEqualTo(BroadcastAttempt.SEND_AGAIN);
        assertThat(BroadcastAttempt.decide(DeliveryState.failed)).isEqualTo(BroadcastAttempt.SEND_AGAIN);
        assertThat(BroadcastAttempt.decide(DeliveryState.sending)).as("in doubt").isEqualTo(BroadcastAttempt.LEAVE);
        for (DeliveryState done : new DeliveryState[] {DeliveryState.sent, DeliveryState.delivered, DeliveryState.read}) {
            assertThat(BroadcastAttempt.decide(done)).isEqualTo(BroadcastAttempt.LEAVE);
        }
    }
}
