package dev.usher.it.reminders;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's Reminders section and the e-mail's look in the Invitations section, in Chromium:
 * an editor previews a reminder and sends it after confirming the count; an admin's bad colour is
 * shown on its field, the saved look previews in a sandboxed frame (its own page and policy, so the
 * e-mail's colours apply, checked in Chromium) and a test goes to the admin.
 */
class ConsoleRemindersIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEditorPreviewsAReminderAndSendsItAfterTheCount() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("console-remind");
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Shira\",\"email\":\"" + email + "\"}"));

        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/reminders");
        ConsoleIT.signIn(browser, f.editorEmail);
        browser.waitFor(By.id("reminder-form"));
        browser.type(By.id("reminder-text"), "The bus leaves at six.");
        browser.click(By.id("reminder-preview"));
        assertThat(browser.waitFor(By.id("reminder-preview-frame")).getAttribute("sandbox")).isEmpty();
        inPreview(browser, "reminder-preview-frame", () -> {
            assertThat(browser.text(By.tagName("body"))).contains("The bus leaves at six.").contains("Shira");
            // The e-mail's inline styles apply in the preview (the configured brand colour of the test servers).
            assertThat(browser.waitFor(By.tagName("h1")).getCssValue("color"))
                    .isEqualTo(rgba(Mailbox.BRAND_COLOUR));
        });

        browser.click(By.id("reminder-submit"));
        assertThat(browser.accept()).isEqualTo("Remind 1 guest who have not answered, now?");
        browser.waitForText(By.cssSelector("usher-reminders-panel .live-status"), "Reminding as job");
        browser.waitForText(By.id("reminders-table"), "started");
        assertThat(Mailbox.await(email, 1)).hasSize(1);
        assertThat(Axe.audit(browser)).as("serious or critical accessibility findings")
                .noneMatch(Axe.Violation::serious);
    }

    @Test
    void anAdminSetsTheLookPreviewsItAndSendsATestToThemself() throws Exception {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/invitations");
        ConsoleIT.signIn(browser, f.adminEmail);
        browser.click(By.cssSelector("#brand-details > summary"));
        browser.type(By.id("brand-color"), "red");
        browser.type(By.id("brand-sender"), "The Gala team");
        browser.click(By.id("brand-save"));
        browser.waitForText(By.cssSelector("#brand-form .has-error"), "#E21836");
        JsonObject unchanged = ok(f.admin.get(f.events("/invitation-brand")));
        assertThat(unchanged.get("senderName")).as("nothing written").isNull();

        browser.type(By.id("brand-color"), "#225588");
        browser.click(By.id("brand-save"));
        browser.waitForText(By.cssSelector("usher-invitation-brand-form .live-status"), "saved");
        assertThat(ok(f.admin.get(f.events("/invitation-brand"))).getString("senderName")).isEqualTo("The Gala team");

        browser.click(By.id("brand-preview"));
        String page = browser.waitFor(By.id("brand-preview-frame")).getAttribute("src");
        assertThat(page).contains("/mail-preview/");
        inPreview(browser, "brand-preview-frame", () -> {
            assertThat(browser.text(By.tagName("body"))).contains("Sample Guest");
            // Colour applied in Chromium: the heading's inline style, and the header cell's background.
            assertThat(browser.waitFor(By.tagName("h1")).getCssValue("color")).isEqualTo("rgba(34, 85, 136, 1)");
            assertThat(browser.waitFor(By.cssSelector("td[style^='background-color']")).getCssValue("background-color"))
                    .isEqualTo("rgba(34, 85, 136, 1)");
        });
        // The preview's own page has the e-mail's policy; the console keeps its strict one.
        Api.Reply preview = Api.anonymous().get(page.substring(page.indexOf("/mail-preview/")));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Security-Policy")).contains("style-src 'unsafe-inline'")
                .contains("default-src 'none'").contains("sandbox").contains("frame-ancestors 'self'");
        assertThat(Api.anonymous().get("/").header("Content-Security-Policy")).doesNotContain("unsafe-inline");
        assertThat(Api.anonymous().get("/mail-preview/AAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
        browser.click(By.id("brand-test"));
        browser.waitForText(By.cssSelector("usher-invitation-brand-form .live-status"), "A test e-mail went to");
        assertThat(Mailbox.await(f.adminEmail, 1).get(0).getSubject()).startsWith("[Test]");
        assertThat(Axe.audit(browser)).as("serious or critical accessibility findings")
                .noneMatch(Axe.Violation::serious);
    }

    /** Runs {@code check} inside the preview frame (its own page), then returns to the console. */
    private static void inPreview(Browser browser, String frameId, Runnable check) {
        browser.driver().switchTo().frame(browser.waitFor(By.id(frameId)));
        try {
            check.run();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    private static String rgba(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "rgba(" + (rgb >> 16) + ", " + ((rgb >> 8) & 0xff) + ", " + (rgb & 0xff) + ", 1)";
    }
}
