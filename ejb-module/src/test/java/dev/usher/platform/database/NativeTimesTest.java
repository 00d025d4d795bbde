package dev.usher.platform.database;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NativeTimesTest {

    private static final Instant AT = Instant.parse("2026-12-02T03:30:15.123456Z");

    @Test
    void everyFormTheDriverGivesIsTheSameInstantInUtc() {
        OffsetDateTime expected = AT.atOffset(ZoneOffset.UTC);
        assertThat(NativeTimes.utc(Timestamp.from(AT))).isEqualTo(expected);
        assertThat(NativeTimes.utc(AT)).isEqualTo(expected);
        assertThat(NativeTimes.utc(AT.atOffset(ZoneOffset.ofHours(2)))).isEqualTo(expected);
        assertThat(NativeTimes.utc(null)).isNull();
    }

    @Test
    void somethingElseIsRefusedByName() {
        assertThatThrownBy(() -> NativeTimes.utc("2026-12-02")).hasMessageContaining("java.lang.String");
    }
}
