package dev.usher.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every setting the server reads is documented in the README's configuration table. */
class ServerSettingsTest {

    @Test
    void collectsTheSettingsOfEveryKindOfSource() {
        // One of each source the collection reads, so a broken pattern cannot pass as "nothing to check".
        assertThat(ServerSettings.names()).contains(
                "DB_URL", // a Liberty <variable>
                "PUBLIC_BASE_URL", // @ConfigProperty
                "WHATSAPP_ACCESS_TOKEN", // a constant WhatsAppConfiguration looks up
                "USHER_DEV_ISSUER_KEY_DIR", // System.getenv("...")
                "USHER_DEV_ISSUER_REMOTE", // the environment as a map
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION") // MicroProfile JWT
                .doesNotContainAnyElementsOf(ServerSettings.NOT_SETTINGS);
    }

    @Test
    void readmeTableNamesEverySettingTheServerReads() {
        Set<String> documented = ReadmeConfiguration.names();
        Map<String, String> missing = new TreeMap<>(ServerSettings.collect());
        missing.keySet().removeAll(documented);
        assertThat(missing).as("settings the server reads (and where) missing from README.md's \"## Configuration\" table")
                .isEmpty();
    }

    @Test
    void readmeCellsWithSeveralNamesNameEachOfThem() {
        assertThat(ReadmeConfiguration.firstCell(" `USHER_MAIL_SUPPORT_EMAIL` / `_PHONE` / `_URL` "))
                .containsExactlyInAnyOrder("USHER_MAIL_SUPPORT_EMAIL", "USHER_MAIL_SUPPORT_PHONE", "USHER_MAIL_SUPPORT_URL");
        assertThat(ReadmeConfiguration.firstCell(" `DB_USER` / `DB_PASSWORD` ")).containsExactlyInAnyOrder("DB_USER", "DB_PASSWORD");
    }
}
