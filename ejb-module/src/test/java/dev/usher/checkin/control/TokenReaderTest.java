package dev.usher.checkin.control;

import dev.usher.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenReaderTest {

    private static final String TOKEN = "abcDEF123_-abcDEF123_-abcDEF1234";

    @Test
    void theTokenOrAnyUrlThatCarriesItIsRead() {
        assertThat(TokenReader.read(TOKEN)).isEqualTo(TOKEN);
        assertThat(TokenReader.read("  " + TOKEN + "\n")).isEqualTo(TOKEN);
        assertThat(TokenReader.read("https://usher.example/validate-invitation?token=" + TOKEN)).isEqualTo(TOKEN);
        assertThat(TokenReader.read("https://old.example/validate-invitation?lang=he&token=" + TOKEN + "#top")).isEqualTo(TOKEN);
        assertThat(TokenReader.read("https://usher.example/api/validate-invitation/" + TOKEN)).isEqualTo(TOKEN);
    }

    @Test
    void anythingElseIsRefusedWithoutEchoingIt() {
        for (String bad : new String[] {"", "short", "https://usher.example/validate-invitation?mytoken=" + TOKEN,
                TOKEN + "'--", "https://usher.example/validate-invitation",
                "http://x/validate-invitation?token=%zz", "http://x/validate-invitation?token=" + TOKEN + "%"}) {
            assertThatThrownBy(() -> TokenReader.read(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> {
                        assertThat(e.fieldErrors().get(0).field()).isEqualTo("token");
                        if (!bad.isEmpty()) {
                            assertThat(e.getMessage()).doesNotContain(bad);
                        }
                    });
        }
    }
}
