package dev.usher.it;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

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
