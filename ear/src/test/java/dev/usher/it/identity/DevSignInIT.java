package dev.usher.it.identity;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.RawHttp;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development sign-in, as a newcomer meets it: on usherDevIT, a server with no identity
 * provider configured (its own failsafe execution), the console offers e-mail and groups and
 * gets its token from POST /api/dev/tokens. The tag sends it to that server's execution.
 */
@Tag("dev-issuer")
class DevSignInIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String PORT = System.getProperty("usher.it.httpPort", "9190");

    private static RawHttp.Answer askForAToken(String host, Map<String, String> headers) {
        return RawHttp.send("POST", "/api/dev/tokens", host, headers, "application/x-www-form-urlencoded",
                "email=eve%40example.com&groups=super-admin");
    }

    @Test
    void aTokenIsSignedForARequestStraightFromThisMachine() {
        for (String host : new String[] {"localhost:" + PORT, "127.0.0.1:" + PORT, "localhost"}) {
            RawHttp.Answer answer = askForAToken(host, Map.of());
            assertThat(answer.status()).as(host + ": " + answer.text()).isEqualTo(200);
            assertThat(answer.text()).contains("eyJ");
        }
    }

    /** A DNS-rebinding page: the browser is on this machine, but the page's own name is in Host. */
    @Test
    void aForeignHostGetsNoTokenAndNoDevSignInEvenFromLoopback() {
        for (String host : new String[] {"evil.example:" + PORT, "evil.example", "localhost.evil.example:" + PORT,
                "127.0.0.1.nip.io:" + PORT}) {
            RawHttp.Answer answer = askForAToken(host, Map.of());
            assertThat(answer.status()).as(host + ": " + answer.text()).isEqualTo(404);
            assertThat(answer.text()).doesNotContain("eyJ");
            RawHttp.Answer config = RawHttp.send("GET", "/api/public/config", host, Map.of(), null, null);
            assertThat(config.status()).isEqualTo(200);
            assertThat(config.text()).contains("\"signIn\":\"none\"");
        }
    }

    /** A proxy on this machine (a TLS terminator) relays remote clients from a loopback address. */
    @Test
    void aRequestThroughAProxyGetsNoTokenWhateverItForwards() {
        for (Map<String, String> forwarded : java.util.List.of(Map.of("X-Forwarded-For", "127.0.0.1"),
                Map.of("X-Forwarded-For", "203.0.113.9"), Map.of("Forwarded", "for=127.0.0.1;host=localhost"),
                Map.of("X-Forwarded-Host", "localhost:" + PORT), Map.of("X-Forwarded-Proto", "https"),
                Map.of("X-Real-IP", "127.0.0.1"), Map.of("Via", "1.1 proxy"))) {
            RawHttp.Answer answer = askForAToken("localhost:" + PORT, forwarded);
            assertThat(answer.status()).as(forwarded + ": " + answer.text()).isEqualTo(404);
            assertThat(answer.text()).doesNotContain("eyJ");
            RawHttp.Answer config = RawHttp.send("GET", "/api/public/config", "localhost:" + PORT, forwarded, null, null);
            assertThat(config.text()).as(forwarded.toString()).contains("\"signIn\":\"none\"");
        }
    }

    /** The README says batch operators can use Liberty's batch REST API: with a development token too. */
    @Test
    void aDevelopmentBatchOperatorTokenOpensLibertysBatchRestApi() {
        String operator = Api.anonymous().post("/api/dev/tokens",
                "{\"email\":\"" + Api.uniqueEmail("operator") + "\",\"groups\":[\"batch-operator\"]}").string("token");
        Api.Reply jobs = Api.bearer(operator).overHttps().get("/ibm/api/batch/jobinstances");
        assertThat(jobs.status()).as(jobs + " " + jobs.header("WWW-Authenticate")).isEqualTo(200);
        String nobody = Api.anonymous().post("/api/dev/tokens",
                "{\"email\":\"" + Api.uniqueEmail("nobody") + "\",\"groups\":[\"scanner\"]}").string("token");
        assertThat(Api.bearer(nobody).overHttps().get("/ibm/api/batch/jobinstances").status()).isIn(401, 403);
    }

    @Test
    void withoutAProviderTheConsoleOffersTheDevSignIn() {
        Api.Reply config = Api.anonymous().get("/api/public/config");
        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        assertThat(config.string("signIn")).isEqualTo("dev");
        assertThat(config.object().containsKey("oidc") && !config.object().isNull("oidc")).isFalse();
    }

    @Test
    void aNewcomerSignsInWithAnEmailAndGroupsAndCreatesAnEvent() {
        String email = Api.uniqueEmail("newcomer");
        Browser browser = browsers.open();
        browser.go("/");
        browser.waitFor(By.id("dev-sign-in"));

        // Nothing typed: the server's own message for the e-mail stands next to the field.
        String expected = Api.anonymous().post("/api/dev/tokens", "{\"email\":\"\",\"groups\":[]}")
                .object().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("field").equals("email")).findFirst().orElseThrow().getString("message");
        browser.click(By.cssSelector("#dev-sign-in button[type=submit]"));
        assertThat(browser.text(By.id("dev-email-error"))).isEqualTo(expected);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("dev-email");

        browser.type(By.id("dev-email"), email);
        browser.click(By.cssSelector("#dev-sign-in input[value=super-admin]"));
        browser.screenshot("08-dev-sign-in");
        browser.click(By.cssSelector("#dev-sign-in button[type=submit]"));
        browser.waitForText(By.id("me-email"), email);
        assertThat(browser.text(By.cssSelector(".who .roles"))).contains("super-admin");
        assertThat(browser.script("return JSON.parse(sessionStorage.getItem('usher.session')).source")).isEqualTo("dev");

        browser.click(By.id("new-event"));
        browser.type(By.id("event-name"), "Newcomer's party");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main h1"), "Newcomer's party");
        assertThat(Db.count("select count(*) from event_members m join users u on u.id = m.user_id "
                + "where u.email = ? and m.role = 'admin'", email)).isEqualTo(1);

        browser.click(By.id("sign-out"));
        browser.waitFor(By.id("dev-sign-in"));
        assertThat(browser.script("return sessionStorage.getItem('usher.session')")).isNull();
    }
}
