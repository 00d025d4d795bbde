package dev.usher.whatsapp;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppSettingsTest {

    private static WhatsAppSettings settings(Map<String, String> values) {
        return WhatsAppSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    private static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put(WhatsAppSettings.ACCESS_TOKEN, "EAAG-secret");
        values.put(WhatsAppSettings.PHONE_NUMBER_ID, "106540352242922");
        return values;
    }

    @Test
    void theEmbeddedDefaultCannotSendAndSaysWhichSettingsAreMissing() {
        WhatsAppSettings none = settings(Map.of());
        assertThat(none.missingForSending()).containsExactly("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID");
        assertThat(none.problemsForSending()).containsExactly("WHATSAPP_ACCESS_TOKEN is not set",
                "WHATSAPP_PHONE_NUMBER_ID is not set");
        assertThat(none.canVerifySignatures()).isFalse();
        assertThat(none.canVerifySubscriptions()).isFalse();
    }

    @Test
    void blankValuesCountAsMissing() {
        Map<String, String> values = complete();
        values.put(WhatsAppSettings.ACCESS_TOKEN, "   ");
        assertThat(settings(values).missingForSending()).containsExactly("WHATSAPP_ACCESS_TOKEN");
    }

    @Test
    void tokenAndNumberAreEnoughWithTheDefaults() {
        WhatsAppSettings s = settings(complete());
        assertThat(s.problemsForSending()).isEmpty();
        assertThat(s.messagesUri()).hasToString("https://graph.facebook.com/v20.0/106540352242922/messages");
        assertThat(s.retryPolicy()).contains(new RetryPolicy(3, Duration.ofSeconds(1)));
    }

    @Test
    void theBaseUrlAndVersionPointTheClientElsewhere() {
        Map<String, String> values = complete();
        values.put(WhatsAppSettings.BASE_URL, "http://127.0.0.1:8089/");
        values.put(WhatsAppSettings.API_VERSION, "v21.0");
        values.put(WhatsAppSettings.MAX_ATTEMPTS, "5");
        values.put(WhatsAppSettings.BACKOFF_MILLIS, "20");
        WhatsAppSettings s = settings(values);
        assertThat(s.messagesUri()).hasToString("http://127.0.0.1:8089/v21.0/106540352242922/messages");
        assertThat(s.retryPolicy()).contains(new RetryPolicy(5, Duration.ofMillis(20)));
    }

    @Test
    void badValuesAreNamed() {
        Map<String, String> values = complete();
        values.put(WhatsAppSettings.BASE_URL, "graph.facebook.com");
        values.put(WhatsAppSettings.PHONE_NUMBER_ID, "12/../34");
        values.put(WhatsAppSettings.MAX_ATTEMPTS, "0");
        assertThat(settings(values).missingForSending())
                .containsExactly("WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_API_BASE_URL", "WHATSAPP_RETRY_MAX_ATTEMPTS");
    }

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertThat(WhatsAppSettings.environmentName(WhatsAppSettings.APP_SECRET)).isEqualTo("WHATSAPP_APP_SECRET");
        assertThat(WhatsAppSettings.environmentName(WhatsAppSettings.BACKOFF_MILLIS)).isEqualTo("WHATSAPP_RETRY_BACKOFF_MS");
    }

    @Test
    void secretsNeverShowInText() {
        Map<String, String> values = complete();
        values.put(WhatsAppSettings.APP_SECRET, "app-secret-value");
        values.put(WhatsAppSettings.VERIFY_TOKEN, "verify-token-value");
        assertThat(settings(values).toString()).doesNotContain("EAAG-secret", "app-secret-value", "verify-token-value")
                .contains("106540352242922");
    }
}
