package dev.usher.invitations.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTokensTest {

    @Test
    void tokensAreUrlSafeCarryAtLeast128BitsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = InvitationTokens.next();
            assertThat(token).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
            assertThat(InvitationTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
        assertThat(InvitationTokens.wellFormed("short")).isFalse();
        assertThat(InvitationTokens.wellFormed("A".repeat(32) + "'; drop table")).isFalse();
        assertThat(InvitationTokens.wellFormed("A".repeat(87))).isFalse();
        assertThat(InvitationNumbers.format(7)).isEqualTo("INV-0007");
        assertThat(InvitationNumbers.format(12345)).isEqualTo("INV-12345");
    }
}
