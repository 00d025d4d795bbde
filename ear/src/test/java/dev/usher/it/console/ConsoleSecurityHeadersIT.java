package dev.usher.it.console;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.TestOpenIdProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages and the API tell browsers how to treat them (Content-Security-Policy,
 * no framing, no sniffing, no Referer), and the console works within its own policy: every
 * violation Chromium reports while an organizer goes through the pages fails the test.
 */
class ConsoleSecurityHeadersIT extends ArquillianIT {

    /** Collects every CSP violation of every document from its first script on (Chromium's DevTools protocol). */
    private static final String RECORD_VIOLATIONS = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', e =>"
            + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/index.html", "/validate-invitation?token=" + "B".repeat(32), "/js/main.js",
                "/css/console.css", "/api/public/config", "/api/me")) {
            Api.Reply reply = Api.anonymous().get(path);
            String csp = reply.header("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull().contains("default-src 'self'").contains("object-src 'none'")
                    .contains("base-uri 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(csp).as(path).containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'");
            assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        // The sign-in page's fetches to the identity provider are allowed, and only there.
        String discovery = TestOpenIdProvider.instance().discoveryUrl();
        String providerOrigin = discovery.substring(0, discovery.indexOf('/', "http://".length()));
        assertThat(Api.anonymous().get("/").header("Content-Security-Policy"))
                .containsPattern("connect-src 'self'[^;]* " + java.util.regex.Pattern.quote(providerOrigin) + "(;| )");
    }

    @Test
    void theConsoleWorksWithinItsPolicyAndAViolationWouldBeReported() {
        String email = Api.uniqueEmail("csp");
        Api api = Api.as(email, "super-admin", "batch-operator");
        String eventId = Fixture.created(api.post("/api/events", "{\"name\":\"Policy party\"}")).getString("id");
        Fixture.created(api.post("/api/events/" + eventId + "/guests", "{\"firstName\":\"Yael\",\"side\":\"bride\"}"));
        String invitationId = Invites.draft(eventId, 2).getString("id");

        Browser browser = browsers.open();
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        browser.go("/");
        browser.waitFor(By.id("oidc-sign-in"));
        ConsoleIT.signIn(browser, email, "super-admin", "batch-operator");
        assertThat(violations(browser)).as("after signing in").isEmpty();

        browser.go("/#/events/" + eventId + "/stats");
        browser.waitFor(By.cssSelector("usher-stats-panel .bars .bar > span"));
        // The bars' widths are set through the CSSOM, which the policy allows.
        String width = browser.waitUntil(d -> browser.script(
                "return document.querySelector('usher-stats-panel .bars .bar > span').style.width") instanceof String w
                && !w.isEmpty() ? w : null);
        assertThat(width).endsWith("%");
        for (String tab : List.of("guests", "members", "import", "whatsapp", "invitations")) {
            browser.go("/#/events/" + eventId + "/" + tab);
            browser.waitFor(By.id("tab-" + tab));
        }
        browser.go("/#/invitations/" + invitationId);
        browser.waitFor(By.id("qr-image"));
        Boolean shown = browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "const i = document.querySelector('#qr-image'); return i && i.complete && i.naturalWidth > 0")) ? true : null);
        assertThat(shown).isTrue();
        browser.go("/#/invitations");
        browser.waitFor(By.cssSelector("main h1"));
        browser.go("/#/jobs");
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(violations(browser)).as("while using the console").isEmpty();
        browser.go("/validate-invitation?token=" + "B".repeat(32));
        browser.waitFor(By.cssSelector("usher-validate-page h1"));
        assertThat(violations(browser)).as("on the public check page").isEmpty();

        // The policy is really enforced, and a violation really is seen: an injected inline script.
        browser.script("const s = document.createElement('script'); s.textContent = 'window.__injected = 1';"
                + " document.head.append(s);");
        assertThat(browser.script("return window.__injected === undefined")).isEqualTo(true);
        List<String> reported = browser.waitUntil(d -> violations(browser).isEmpty() ? null : violations(browser));
        assertThat(reported).anyMatch(v -> v.startsWith("script-src"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser) {
        Object found = browser.script("return window.__csp || []");
        return ((List<Object>) found).stream().map(String::valueOf).toList();
    }
}
