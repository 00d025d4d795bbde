package dev.usher.webhooks.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    // Computed independently: printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    private static final String EXPECTED = "38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";

    @Test
    void theHeaderIsStripesSchemeOverTheTimestampAndTheBody() {
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=" + EXPECTED);
    }

    @Test
    void secretsAre32RandomBytesEachTheirOwn() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize(6 + 43);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }

    @Test
    void theWaitDoublesFromTheBaseAndStopsAtAnHour() {
        Duration base = Duration.ofSeconds(30);
        assertThat(WebhookQueue.backoff(base, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookQueue.backoff(base, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(WebhookQueue.backoff(base, 4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(WebhookQueue.backoff(base, 8)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookQueue.backoff(base, 500)).isEqualTo(Duration.ofHours(1));
    }

}
