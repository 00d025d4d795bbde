package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryState;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The broadcast job's counters, one per way a guest's send can end. */
class BroadcastSendOutcomeTest {

    private static BroadcastSendOutcome outcome(DeliveryState state, boolean sentNow, String errorCode) {
        return new BroadcastSendOutcome(UUID.randomUUID(), UUID.randomUUID(), state, sentNow, errorCode, null);
    }

    @Test
    void eachEndHasItsCounter() {
        assertThat(outcome(DeliveryState.sent, true, null).counter()).isEqualTo("sent");
        assertThat(outcome(DeliveryState.failed, true, "131047").counter()).isEqualTo("failed");
        assertThat(outcome(DeliveryState.failed, false, Outbound.NO_PHONE).counter()).isEqualTo("no-phone");
        assertThat(outcome(DeliveryState.sending, false, null).counter()).isEqualTo("in-doubt");
        assertThat(outcome(DeliveryState.delivered, false, null).counter()).isEqualTo("already-sent");
        assertThat(outcome(DeliveryState.sent, false, null).counter()).isEqualTo("already-sent");
    }
}
