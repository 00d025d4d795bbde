package dev.usher.identity.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecentSignInsTest {

    private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

    @Test
    void aCallerIsKnownUntilTheLastSeenStampIsDueAgainAndNotAfter() {
        RecentSignIns recent = new RecentSignIns();
        CallerIdentity dana = new CallerIdentity("dana@example.com", "Dana");
        UUID id = UUID.randomUUID();
        assertThat(recent.userId(dana, NOW)).isEmpty();

        recent.remember(dana, id, NOW.plusSeconds(300));

        assertThat(recent.userId(dana, NOW.plusSeconds(299))).contains(id);
        assertThat(recent.userId(new CallerIdentity("dana@example.com", "Dana L."), NOW)).isEmpty();
        assertThat(recent.userId(dana, NOW.plusSeconds(300))).isEmpty();
        assertThat(recent.userId(dana, NOW)).as("an expired entry is dropped").isEmpty();
    }

    @Test
    void aFullMemoryStartsOverInsteadOfGrowing() {
        RecentSignIns recent = new RecentSignIns();
        for (int i = 0; i < RecentSignIns.MAX_ENTRIES; i++) {
            recent.remember(new CallerIdentity("user" + i + "@example.com", null), UUID.randomUUID(), NOW.plusSeconds(60));
        }
        CallerIdentity last = new CallerIdentity("last@example.com", null);
        UUID id = UUID.randomUUID();

        recent.remember(last, id, NOW.plusSeconds(60));

        assertThat(recent.userId(last, NOW)).contains(id);
        assertThat(recent.userId(new CallerIdentity("user0@example.com", null), NOW)).isEmpty();
    }
}
