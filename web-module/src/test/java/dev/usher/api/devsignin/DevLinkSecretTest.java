package dev.usher.api.devsignin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class DevLinkSecretTest {

    @Test
    void aDevelopmentServerWithoutASecretGetsOne() {
        assertThat(DevLinkSecret.wanted(Map.of(), new Properties())).isTrue();
    }

    @Test
    void aConfiguredSecretWins() {
        assertThat(DevLinkSecret.wanted(Map.of("USHER_RSVP_LINK_SECRET", "x".repeat(40)), new Properties())).isFalse();
        Properties properties = new Properties();
        properties.setProperty(DevLinkSecret.PROPERTY, "y".repeat(40));
        assertThat(DevLinkSecret.wanted(Map.of(), properties)).isFalse();
    }

    @Test
    void aServerWithARealIssuerNeverGetsOne() {
        assertThat(DevLinkSecret.wanted(Map.of("MP_JWT_VERIFY_ISSUER", "https://id.example"), new Properties()))
                .isFalse();
        assertThat(DevLinkSecret.wanted(Map.of("USHER_DEV_ISSUER", "false"), new Properties())).isFalse();
    }

    @Test
    void theSecretIsMadeOnceOwnerOnlyAndKept(@TempDir Path dir) throws Exception {
        String first = DevLinkSecret.loadOrCreate(dir);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(DevLinkSecret.loadOrCreate(dir)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("rsvp-link-secret"))))
                .isEqualTo("rw-------");
    }
}
