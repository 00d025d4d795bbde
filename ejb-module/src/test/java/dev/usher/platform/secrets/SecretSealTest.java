package dev.usher.platform.secrets;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aValueSealedForOneUseOpensOnlyForThatUseAndUnderThatKey() {
        SecretSeal seal = SecretSeal.of(newKey());
        String sealed = seal.seal("1//0g-refresh", "usher google refresh token");
        assertThat(sealed).startsWith(SecretSeal.PREFIX).doesNotContain("refresh");
        assertThat(seal.open(sealed, "usher google refresh token")).isEqualTo("1//0g-refresh");
        assertThatThrownBy(() -> seal.open(sealed, "usher webhook secret"))
                .hasMessageContaining("USHER_SECRETS_KEY").hasMessageNotContaining("1//0g");
        assertThatThrownBy(() -> SecretSeal.of(newKey()).open(sealed, "usher google refresh token"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("plain", "usher google refresh token")).hasMessageContaining("not sealed");
    }

    @Test
    void aKeyWithoutTheKeySettingIsNone() {
        assertThat(new SecretsKey(null).seal()).isEmpty();
        assertThat(new SecretsKey(" ").seal()).isEmpty();
        assertThat(new SecretsKey(newKey()).seal()).isPresent();
        assertThatThrownBy(() -> new SecretsKey("short")).hasMessageContaining("USHER_SECRETS_KEY");
    }
}
