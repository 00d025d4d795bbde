package dev.usher.whatsapp;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500));

    @Test
    void waitsTwiceAsLongEachTimeUpToTheCap() {
        assertThat(policy.waitBefore(1, null)).isZero();
        assertThat(policy.waitBefore(2, null)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.waitBefore(3, null)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.waitBefore(4, null)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.waitBefore(30, null)).isEqualTo(RetryPolicy.MAX_WAIT);
    }

    @Test
    void aLongerRetryAfterIsHonouredWithinTheCap() {
        assertThat(policy.waitBefore(2, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.waitBefore(3, Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.waitBefore(2, Duration.ofHours(1))).isEqualTo(RetryPolicy.MAX_WAIT);
    }

    @Test
    void boundsTheNumberOfCallsAndTheTimeSpent() {
        assertThat(policy.allowsAnother(3, Duration.ofSeconds(1), Duration.ofSeconds(2))).isTrue();
        assertThat(policy.allowsAnother(4, Duration.ofSeconds(1), Duration.ofSeconds(2))).isFalse();
        assertThat(policy.allowsAnother(1, Duration.ofSeconds(55), Duration.ofSeconds(5))).isTrue();
        assertThat(policy.allowsAnother(1, Duration.ofSeconds(55), Duration.ofSeconds(6))).isFalse();
    }
}
