package dev.usher.whatsapp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "app-secret-for-tests";
    private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesMetasKnownAnswer() {
        // HMAC-SHA256("The quick brown fox jumps over the lazy dog", key "key"), the published test vector.
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        String header = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";
        assertThat(WebhookSignature.sign(body, "key")).isEqualTo(header);
        assertThat(WebhookSignature.matches(body, header, "key")).isTrue();
    }

    @Test
    void aSignatureOfTheExactBytesMatchesAndUpperCaseHexToo() {
        String header = WebhookSignature.sign(BODY, SECRET);
        assertThat(WebhookSignature.matches(BODY, header, SECRET)).isTrue();
        assertThat(WebhookSignature.matches(BODY, "SHA256=" + header.substring(7).toUpperCase(), SECRET)).isTrue();
    }

    @Test
    void aTamperedBodyAWrongSecretOrAMalformedHeaderDoNot() {
        String header = WebhookSignature.sign(BODY, SECRET);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] = ' ';
        assertThat(WebhookSignature.matches(tampered, header, SECRET)).isFalse();
        assertThat(WebhookSignature.matches(BODY, WebhookSignature.sign(BODY, "other-secret"), SECRET)).isFalse();
        assertThat(WebhookSignature.matches(BODY, header.substring(7), SECRET)).as("without sha256=").isFalse();
        assertThat(WebhookSignature.matches(BODY, "sha256=zz", SECRET)).isFalse();
        assertThat(WebhookSignature.matches(BODY, "sha256=", SECRET)).isFalse();
        assertThat(WebhookSignature.matches(BODY, null, SECRET)).isFalse();
        assertThat(WebhookSignature.matches(BODY, header, null)).isFalse();
    }

    @Test
    void whitespaceInTheBodyCountsBecauseTheRawBytesAreSigned() {
        byte[] reformatted = "{ \"object\": \"whatsapp_business_account\", \"entry\": [] }".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.matches(reformatted, WebhookSignature.sign(BODY, SECRET), SECRET)).isFalse();
    }

    @Test
    void textsCompareExactly() {
        assertThat(WebhookSignature.sameText("verify-me", "verify-me")).isTrue();
        assertThat(WebhookSignature.sameText("verify-me", "verify-mE")).isFalse();
        assertThat(WebhookSignature.sameText(null, "x")).isFalse();
    }
}
