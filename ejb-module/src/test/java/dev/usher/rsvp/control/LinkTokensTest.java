package dev.usher.rsvp.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** RSVP link tokens: 128 random bits of nonce, an HMAC under the server's secret, matched by SHA-256. */
class LinkTokensTest {

    private static final byte[] SECRET = "a-server-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTokenIs43Base64UrlCharactersAndTheSameNonceAndSecretGiveTheSameToken() {
        byte[] nonce = LinkTokens.nonce();
        assertThat(nonce).hasSize(16);
        String token = LinkTokens.token(SECRET, nonce);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(LinkTokens.wellFormed(token)).isTrue();
        assertThat(LinkTokens.token(SECRET, nonce)).isEqualTo(token);
        assertThat(LinkTokens.token("another-server-secret-of-32-characters!".getBytes(StandardCharsets.UTF_8), nonce))
                .as("another secret, another token").isNotEqualTo(token);
    }

    @Test
    void noncesDoNotRepeatAndNeitherDoTokens() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(LinkTokens.token(SECRET, LinkTokens.nonce()));
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void theHashIsTheTokensSha256AndMalformedTokensAreRefusedBeforeAnyLookUp() {
        String token = LinkTokens.token(SECRET, LinkTokens.nonce());
        assertThat(LinkTokens.hash(token)).hasSize(32).isEqualTo(LinkTokens.hash(token));
        assertThat(LinkTokens.hash(token)).isNotEqualTo(LinkTokens.hash(token.substring(1) + "A"));
        assertThat(LinkTokens.wellFormed(null)).isFalse();
        assertThat(LinkTokens.wellFormed(token.substring(1))).isFalse();
        assertThat(LinkTokens.wellFormed(token + "A")).isFalse();
        assertThat(LinkTokens.wellFormed(token.substring(1) + "!")).isFalse();
        assertThat(LinkTokens.wellFormed(token.substring(1) + "=")).isFalse();
    }
}
