package dev.usher.api.console;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTest {

    private static final String PAGE = "<head><script type=\"importmap\">\n{\"imports\":{}}\n</script>\n"
            + "<script type=\"module\" src=\"js/main.js\"></script></head>";

    @Test
    void allowsOnlyItsOwnOriginAndTheInlineImportMapByItsHash() {
        String policy = ContentSecurityPolicy.of(List.of(PAGE), List.of());
        // echo -n $'\n{"imports":{}}\n' | openssl sha256 -binary | base64
        assertThat(policy).contains("default-src 'self'")
                .contains("script-src 'self' 'sha256-" + "ffC2AD47+TTlsBxC1I7uibsU5L2bw5CRqg3hXMGumqs=" + "'")
                .contains("object-src 'none'").contains("base-uri 'self'").contains("frame-ancestors 'none'")
                .contains("style-src 'self'").contains("connect-src 'self';")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(ContentSecurityPolicy.inlineScriptHashes(PAGE)).hasSize(1);
    }

    @Test
    void letsTheConsoleConnectToTheIdentityProvidersOrigins() {
        String policy = ContentSecurityPolicy.of(List.of(), List.of("https://idp.example/realms/usher",
                "http://127.0.0.1:8081/realms/usher/.well-known/openid-configuration", "not a url", "javascript:alert(1)"));
        assertThat(policy).contains("connect-src 'self' https://idp.example http://127.0.0.1:8081;");
    }
}
