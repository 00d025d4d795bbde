package dev.usher.it.console;

import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

import static dev.usher.it.console.ConsoleIT.signIn;
import static dev.usher.it.support.fixtures.Fixture.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages pass an automated accessibility audit (axe-core, WCAG 2 A and AA): no
 * violation of serious or critical impact on any of them. And the events list works from the
 * keyboard alone: Tab reaches "New event" and then the first event's link, Enter activates them.
 */
class ConsoleAccessibilityIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    /** Every serious or critical violation, as "page: rule (impact): help -> targets". */
    private final List<String> violations = new ArrayList<>();

    @Test
    void theConsolesPagesHaveNoSeriousAccessibilityViolations() {
        String email = Api.uniqueEmail("auditor");
        Api api = Api.as(email);
        String eventId = created(api.post("/api/events",
                "{\"name\":\"Audit\",\"date\":\"2031-09-09\",\"location\":\"Haifa\",\"phoneRegion\":\"IL\"}")).getString("id");
        created(api.post("/api/events/" + eventId + "/guests",
                "{\"firstName\":\"Yael\",\"lastName\":\"Cohen\",\"phone\":\"052-333-4444\",\"side\":\"bride\",\"status\":\"confirmed\"}"));
        created(api.post("/api/events/" + eventId + "/guests",
                "{\"firstName\":\"Omer\",\"lastName\":\"Levi\",\"email\":\"omer@example.com\",\"side\":\"groom\"}"));
        created(api.post("/api/events/" + eventId + "/invite-member",
                "{\"email\":\"" + Api.uniqueEmail("viewer") + "\",\"role\":\"viewer\"}"));

        // An invitation, so the invitation tables have a row to audit.
        String token = Invites.token(Invites.draft(eventId, 1).getString("id"));

        Browser browser = browsers.open();
        browser.go("/");
        browser.waitFor(By.id("oidc-sign-in"));
        audit(browser, "sign-in page");

        // One person with every role the audited pages need: super-admin (official invitations),
        // batch-operator (jobs), and admin of the event it created.
        signIn(browser, email, "super-admin", "batch-operator");
        browser.waitFor(By.cssSelector("li[data-event-id='" + eventId + "']"));
        audit(browser, "events list");
        browser.click(By.id("new-event"));
        browser.waitFor(By.cssSelector("usher-event-form dialog[open]"));
        audit(browser, "new event dialog");
        browser.click(By.cssSelector("usher-event-form button[type=button]"));
        browser.gone(By.cssSelector("usher-event-form dialog[open]"));

        String event = "/#/events/" + eventId;
        browser.go(event + "/guests");
        browser.waitForText(By.id("guest-range"), "1–2 of 2");
        audit(browser, "guests tab");
        // A guest form with the server's field error and problem in it.
        browser.click(By.id("add-guest"));
        browser.type(By.id("guest-first"), "Bad");
        browser.type(By.id("guest-phone"), "12");
        browser.click(By.cssSelector("usher-guest-form button[type=submit]"));
        browser.waitFor(By.id("guest-phone-error"));
        audit(browser, "guest form with a field error");
        browser.click(By.cssSelector("usher-guest-form button[type=button]"));
        browser.gone(By.cssSelector("usher-guest-form dialog[open]"));
        browser.resize(390, 844);
        audit(browser, "guests tab on a phone");
        browser.resize(1280, 900);
        browser.go(event + "/members");
        browser.waitFor(By.cssSelector("table.members tbody tr"));
        audit(browser, "members tab");
        browser.go(event + "/stats");
        browser.waitForText(By.id("stat-total"), "2");
        audit(browser, "statistics tab");
        browser.go(event + "/import");
        browser.waitFor(By.id("import-file"));
        audit(browser, "import tab");
        browser.go(event + "/whatsapp");
        browser.waitFor(By.cssSelector("usher-whatsapp-panel h2"));
        audit(browser, "WhatsApp tab");
        browser.go(event + "/invitations");
        browser.waitForText(By.id("ev-inv-range"), "1–1 of 1");
        audit(browser, "invitations tab");

        browser.go("/#/invitations");
        browser.waitForText(By.cssSelector("main h1"), "Official invitations");
        browser.waitFor(By.id("inv-range"));
        audit(browser, "official invitations page");
        browser.go("/#/jobs");
        browser.waitFor(By.id("jobs-type"));
        audit(browser, "jobs page");
        browser.go("/#/station");
        browser.waitFor(By.id("station-setup"));
        audit(browser, "station settings");

        Browser anyone = browsers.open(390, 844);
        anyone.go("/validate-invitation?token=" + token);
        anyone.waitForText(By.id("validate-word"), "Valid invitation");
        audit(anyone, "validate-invitation page");

        assertThat(violations).as("serious or critical accessibility violations").isEmpty();

        // The audit does see a flaw: an unlabelled field added to the page is reported.
        anyone.script("document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=\"axe-canary\">')");
        assertThat(Axe.audit(anyone)).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("label");
            assertThat(v.serious()).isTrue();
            assertThat(v.targets()).contains("#axe-canary");
        });
    }

    @Test
    void theEventsListWorksFromTheKeyboard() {
        String email = Api.uniqueEmail("keys");
        String eventId = created(Api.as(email).post("/api/events", "{\"name\":\"Keyboard\",\"phoneRegion\":\"IL\"}"))
                .getString("id");
        Browser browser = browsers.open();
        browser.go("/#/events");
        signIn(browser, email);
        By link = By.cssSelector("li[data-event-id='" + eventId + "'] h2 a");
        browser.waitFor(link);
        tabTo(browser, By.id("new-event"));
        press(browser, Keys.ENTER);
        browser.waitFor(By.cssSelector("usher-event-form dialog[open]"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("event-name");
        press(browser, Keys.ESCAPE);
        browser.gone(By.cssSelector("usher-event-form dialog[open]"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("new-event");

        // Right after "New event" comes the first event's link.
        press(browser, Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(browser.driver().findElement(link));
        press(browser, Keys.ENTER);
        browser.waitForText(By.cssSelector("main h1"), "Keyboard");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/events/" + eventId);
    }

    /** A key pressed on whatever has focus, as on a keyboard (nothing is clicked or focused first). */
    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses Tab from the focused element until the target has focus (at most 20 times). */
    private static void tabTo(Browser browser, By target) {
        WebElement wanted = browser.waitFor(target);
        for (int i = 0; i < 20; i++) {
            if (browser.driver().switchTo().activeElement().equals(wanted)) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target + "; focus is on "
                + browser.script("return document.activeElement.outerHTML.slice(0, 120)"));
    }

    private void audit(Browser browser, String page) {
        violations.addAll(Axe.serious(browser, page));
    }
}
