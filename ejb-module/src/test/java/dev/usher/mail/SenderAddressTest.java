package dev.usher.mail;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SenderAddressTest {

    private static final String FROM = "Usher <invitations@usher.example>";

    @Test
    void theAddressStaysTheServersAndOnlyTheNameChanges() throws Exception {
        InternetAddress from = SenderAddress.of(FROM, "Noa & Dan");
        assertThat(from.getAddress()).isEqualTo("invitations@usher.example");
        assertThat(from.getPersonal()).isEqualTo("Noa & Dan");
    }

    @Test
    void withoutANameTheConfiguredOneIsKept() {
        assertThat(SenderAddress.of(FROM, null).getPersonal()).isEqualTo("Usher");
        assertThat(SenderAddress.of(FROM, " ").getPersonal()).isEqualTo("Usher");
    }

    @Test
    void aNameThatLooksLikeAnAddressOrHeaderIsOnlyAName() {
        InternetAddress from = SenderAddress.of(FROM, "Boss <ceo@elsewhere.example>, x@y.example");
        assertThat(from.getAddress()).isEqualTo("invitations@usher.example");
        assertThat(from.toString()).startsWith("\"Boss <ceo@elsewhere.example>, x@y.example\"");
    }

    @Test
    void aNonAsciiNameIsEncodedOnOneLine() {
        String header = SenderAddress.of(FROM, "נועה ודן").toString();
        assertThat(header).startsWith("=?UTF-8?").doesNotContain("\r").doesNotContain("\n")
                .endsWith("<invitations@usher.example>");
    }

    @Test
    void aLineBreakIsRefusedNotCleaned() {
        assertThatThrownBy(() -> SenderAddress.of(FROM, "Evil\r\nBcc: victim@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
