package dev.usher.it.console;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.TestOpenIdProvider;
import dev.usher.it.support.standins.Tokens;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's public settings: what it needs before anyone signs in, and nothing more. */
class ConsoleConfigIT extends ArquillianIT {

    @Test
    void theConfiguredProviderIsPublishedWithoutASignIn() {
        Api.Reply reply = Api.anonymous().get("/api/public/config");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.string("signIn")).isEqualTo("oidc");
        JsonObject oidc = reply.object().getJsonObject("oidc");
        assertThat(oidc.getString("issuer")).isEqualTo(Tokens.ISSUER);
        assertThat(oidc.getString("clientId")).isEqualTo(TestOpenIdProvider.CLIENT_ID);
        assertThat(oidc.getString("scopes")).isEqualTo("openid email profile");
        assertThat(oidc.getString("discoveryUrl")).isEqualTo(TestOpenIdProvider.instance().discoveryUrl());
    }

    @Test
    void theConsoleIsServedWithItsLibraryFromTheWar() {
        Api.Reply page = Api.anonymous().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<usher-app").doesNotContain("${version.");
        Api.Reply lit = Api.anonymous().get("/webjars/lit/" + litVersion(page.body()) + "/index.js");
        assertThat(lit.status()).as(lit.toString()).isEqualTo(200);
    }

    private static String litVersion(String indexHtml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("webjars/lit/([^/]+)/index.js").matcher(indexHtml);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
