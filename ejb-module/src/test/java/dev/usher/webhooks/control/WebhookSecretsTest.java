package dev.usher.webhooks.control;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets sealed with USHER_SECRETS_KEY open only with it; without a key they are kept as they are. */
class WebhookSecretsTest {

    private static final String SECRET = WebhookSignature.newSecret();

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aSealedSecretHidesItsTextOpensWithTheKeyAndDiffersEachTime() {
        WebhookSecrets secrets = new WebhookSecrets(newKey());
        String sealed = secrets.seal(SECRET);
        assertThat(sealed).startsWith(WebhookSecrets.PREFIX).doesNotContain(SECRET.substring(6));
        assertThat(secrets.seal(SECRET)).isNotEqualTo(sealed);
        assertThat(secrets.open(sealed)).isEqualTo(SECRET);
        assertThat(secrets.sealing()).isTrue();
    }

    @Test
    void anotherKeyNoKeyOrAnAlteredSealOpensNothing() {
        String sealed = new WebhookSecrets(newKey()).seal(SECRET);
        assertThatThrownBy(() -> new WebhookSecrets(newKey()).open(sealed)).hasMessageContaining("USHER_SECRETS_KEY");
        assertThatThrownBy(() -> new WebhookSecrets(null).open(sealed)).hasMessageContaining("USHER_SECRETS_KEY");
        WebhookSecrets secrets = new WebhookSecrets(newKey());
        String mine = secrets.seal(SECRET);
        byte[] bytes = Base64.getDecoder().decode(mine.substring(WebhookSecrets.PREFIX.length()));
        bytes[bytes.length / 2] ^= 1;
        String altered = WebhookSecrets.PREFIX + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> secrets.open(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeySecretsAreKeptAsTheyAreAndOnesFromBeforeTheKeyStillOpen() {
        WebhookSecrets none = new WebhookSecrets("  ");
        assertThat(none.sealing()).isFalse();
        assertThat(none.seal(SECRET)).isEqualTo(SECRET);
        assertThat(none.open(SECRET)).isEqualTo(SECRET);
        assertThat(new WebhookSecrets(newKey()).open(SECRET)).isEqualTo(SECRET);
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsRefused() {
        assertThatThrownBy(() -> new WebhookSecrets("not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new WebhookSecrets(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
