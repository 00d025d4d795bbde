package dev.usher.deliveries.control;

import dev.usher.deliveries.entity.DeliveryState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendDecisionTest {

    @Test
    void aRestartNeverSendsTwiceButRetriesWhatNeverWentOut() {
        assertThat(SendDecision.given(null)).isEqualTo(SendDecision.SEND_NEW);
        assertThat(SendDecision.given(DeliveryState.queued)).isEqualTo(SendDecision.SEND_AGAIN);
        assertThat(SendDecision.given(DeliveryState.failed)).isEqualTo(SendDecision.SEND_AGAIN);
        assertThat(SendDecision.given(DeliveryState.sending)).as("in doubt").isEqualTo(SendDecision.IN_DOUBT);
        for (DeliveryState done : new DeliveryState[] {DeliveryState.sent, DeliveryState.delivered,
                DeliveryState.read, DeliveryState.opened}) {
            assertThat(SendDecision.given(done)).isEqualTo(SendDecision.ALREADY_SENT);
        }
    }

    @Test
    void onlyANewOrANeverSentRecordGoesOut() {
        assertThat(SendDecision.SEND_NEW.sends()).isTrue();
        assertThat(SendDecision.SEND_AGAIN.sends()).isTrue();
        assertThat(SendDecision.IN_DOUBT.sends()).isFalse();
        assertThat(SendDecision.ALREADY_SENT.sends()).isFalse();
    }
}
