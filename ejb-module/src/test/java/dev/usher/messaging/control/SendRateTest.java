package dev.usher.messaging.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pacing, on a clock the test moves: no real waiting, nothing timed. */
class SendRateTest {

    private long now = 0;
    private final List<Long> pauses = new ArrayList<>();

    private SendRate rate(double perSecond) {
        return new SendRate(perSecond, () -> now, nanos -> {
            pauses.add(nanos);
            now += nanos;
        });
    }

    @Test
    void aSecondsWorthGoesAtOnceThenOneEveryPeriod() {
        SendRate rate = rate(80);
        for (int i = 0; i < 80; i++) {
            rate.acquire();
        }
        assertThat(pauses).as("the first second's burst").isEmpty();
        long start = now;
        for (int i = 0; i < 40; i++) {
            rate.acquire();
        }
        assertThat(pauses).hasSize(40).allSatisfy(p -> assertThat(p).isCloseTo(TimeUnit.SECONDS.toNanos(1) / 80, within(2L)));
        assertThat(now - start).as("40 more sends take half a second").isCloseTo(TimeUnit.MILLISECONDS.toNanos(500),
                within(TimeUnit.MICROSECONDS.toNanos(100)));
    }

    @Test
    void timeThatPassedRefillsUpToOneSecondsWorth() {
        SendRate rate = rate(10);
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }
        now += TimeUnit.SECONDS.toNanos(60); // a long quiet spell saves no more than a second's worth
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }
        assertThat(pauses).isEmpty();
        rate.acquire();
        assertThat(pauses).hasSize(1);
    }

    @Test
    void zeroMeansNoLimit() {
        SendRate rate = rate(0);
        for (int i = 0; i < 10_000; i++) {
            rate.acquire();
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    void broadcastsOnOneNumberShareItsPace() {
        SendRates rates = new SendRates();
        assertThat(rates.forNumber("106540352242922", 80)).isSameAs(rates.forNumber("106540352242922", 80))
                .isNotSameAs(rates.forNumber("999", 80));
        assertThat(rates.forNumber("106540352242922", 40).perSecond()).as("a changed setting takes effect").isEqualTo(40);
    }
}
