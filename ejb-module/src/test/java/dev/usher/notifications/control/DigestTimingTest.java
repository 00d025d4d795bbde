package dev.usher.notifications.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestTimingTest {

    @Test
    void theLatestDailyTimeIsTodaysOnceItHasPassed() {
        DigestTiming timing = DigestTiming.of("120", "08:00", "UTC");
        assertThat(timing.latestDaily(Instant.parse("2026-12-01T09:30:00Z"))).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(timing.latestDaily(Instant.parse("2026-12-01T08:00:00Z"))).isEqualTo("2026-12-01T08:00:00Z");
    }

    @Test
    void beforeItIsYesterdays() {
        DigestTiming timing = DigestTiming.of("120", "08:00", "UTC");
        assertThat(timing.latestDaily(Instant.parse("2026-12-01T07:59:59Z"))).isEqualTo("2026-11-30T08:00:00Z");
    }

    @Test
    void theTimeIsInTheConfiguredZone() {
        DigestTiming timing = DigestTiming.of("60", "08:00:30", "Asia/Jerusalem");
        assertThat(timing.window()).isEqualTo(Duration.ofMinutes(1));
        // Jerusalem is UTC+2 in December
        assertThat(timing.latestDaily(Instant.parse("2026-12-01T07:00:00Z"))).isEqualTo("2026-12-01T06:00:30Z");
    }

    @Test
    void wrongSettingsNameThemselves() {
        assertThatThrownBy(() -> DigestTiming.of("soon", "08:00", "UTC")).hasMessageContaining("USHER_DIGEST");
        assertThatThrownBy(() -> DigestTiming.of("60", "25:00", "UTC")).hasMessageContaining("USHER_DIGEST_DAILY_AT");
        assertThatThrownBy(() -> DigestTiming.of("60", "08:00", "Mars/Base")).hasMessageContaining("USHER_DIGEST_ZONE");
        assertThatThrownBy(() -> DigestTiming.of("-1", "08:00", "UTC")).hasMessageContaining("0 or more");
    }
}
