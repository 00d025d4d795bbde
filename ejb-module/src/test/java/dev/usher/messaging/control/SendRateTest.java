package dev.usher.messaging.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pacing, on a clock the test moves and a shared timeline held in memory the way
 * {@code whatsapp_send_timeline} holds it: no real waiting, nothing timed.
 */
class SendRateTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private long now = 0;
    /** The number's next free send time on the shared timeline (what SendSlots keeps in the database). */
    private long nextFree = 0;
    private final List<Long> sentAt = new ArrayList<>();
    private int reservations = 0;

    private SendRate rate(double perSecond) {
        SendRate.Timeline timeline = slots -> {
            reservations++;
            long first = Math.max(nextFree, now);
            nextFree = first + Math.round(slots * SECOND / perSecond);
            return Duration.ofNanos(first - now);
        };
        return new SendRate(perSecond, timeline, () -> now, nanos -> now += nanos);
    }

    private void send(SendRate rate) {
        rate.acquire();
        sentAt.add(now);
    }

    @Test
    void sendsGoOnePeriodApartFromTheFirst() {
        SendRate rate = rate(80);
        for (int i = 0; i < 160; i++) {
            send(rate);
        }
        assertThat(sentAt.get(0)).as("the first at once").isZero();
        assertThat(sentAt.get(159)).as("160 sends at 80 a second span two seconds less one period")
                .isEqualTo(159 * SECOND / 80);
        assertThat(reservations).as("a reservation per 4 sends (50 ms of the timeline), not one per send").isEqualTo(40);
    }

    @Test
    void twoServersOnOneNumberShareItsRate() {
        // Two servers' paces (each its own SendRate) on one timeline, taking turns as their threads would.
        SendRate a = rate(80);
        SendRate b = rate(80);
        for (int i = 0; i < 400; i++) {
            send(i % 2 == 0 ? a : b);
        }
        assertThat(sentAt.get(399) - sentAt.get(0)).as("800 a second between them would take half the time")
                .isGreaterThanOrEqualTo(396 * SECOND / 80);
        for (int i = 80; i < sentAt.size(); i++) {
            assertThat(sentAt.get(i) - sentAt.get(i - 80)).as("any 81 sends span at least one second, less a reservation")
                    .isGreaterThanOrEqualTo(SECOND - 4 * SECOND / 80);
        }
    }

    @Test
    void aHoldOffOnTheTimelineDelaysTheNextReservation() {
        SendRate rate = rate(10);
        for (int i = 0; i < 10; i++) {
            send(rate);
        }
        nextFree = now + 30 * SECOND; // Meta throttled the number (SendSlots.holdOff)
        send(rate);
        assertThat(sentAt.get(10)).isGreaterThanOrEqualTo(30 * SECOND);
    }

    @Test
    void sendsReservedAndNotMadeAreForgottenAfterAnIdleSpellOrAHoldOff() {
        SendRate rate = rate(80);
        send(rate); // reserves 4, makes 1
        now += 3600 * SECOND; // the broadcast ended; an hour later another server holds the next 10 s
        long otherServerUntil = now + 10 * SECOND;
        nextFree = otherServerUntil;
        send(rate);
        assertThat(sentAt.get(1)).as("not one of the 3 left from an hour ago").isGreaterThanOrEqualTo(otherServerUntil);

        long heldFrom = now;
        nextFree = now + 30 * SECOND; // Meta throttled the number (SendSlots.holdOff) ...
        rate.dropReserved(); // ... and SendRates.holdOff drops this server's reserved sends
        send(rate);
        assertThat(sentAt.get(2) - heldFrom).isGreaterThanOrEqualTo(30 * SECOND);
    }

    @Test
    void zeroMeansNoLimitAndNoReservation() {
        SendRate rate = rate(0);
        for (int i = 0; i < 10_000; i++) {
            send(rate);
        }
        assertThat(now).isZero();
        assertThat(reservations).isZero();
    }

    @Test
    void aReservationCoversAboutFiftyMillisecondsOfTheRate() {
        assertThat(rate(80).batch()).isEqualTo(4);
        assertThat(rate(1000).batch()).isEqualTo(50);
        assertThat(rate(5).batch()).isEqualTo(1);
    }

    @Test
    void broadcastsOnOneNumberShareItsPace() {
        SendRates rates = new SendRates();
        assertThat(rates.forNumber("106540352242922", 80)).isSameAs(rates.forNumber("106540352242922", 80))
                .isNotSameAs(rates.forNumber("999", 80));
        assertThat(rates.forNumber("106540352242922", 40).perSecond()).as("a changed setting takes effect").isEqualTo(40);
    }
}
