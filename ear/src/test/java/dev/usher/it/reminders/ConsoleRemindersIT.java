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
 * shown on its field, the saved look previews in a sandboxed frame and a test goes to the admin.
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
        browser.waitFor(By.id("reminder-preview-frame"));
        assertThat(browser.waitFor(By.id("reminder-preview-frame")).getAttribute("srcdoc"))
                .contains("The bus leaves at six.").contains("Shira");
        assertThat(browser.waitFor(By.id("reminder-preview-frame")).getAttribute("sandbox")).isEmpty();

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
        assertThat(browser.waitFor(By.id("brand-preview-frame")).getAttribute("srcdoc")).contains("#225588")
                .contains("Sample Guest");
        browser.click(By.id("brand-test"));
        browser.waitForText(By.cssSelector("usher-invitation-brand-form .live-status"), "A test e-mail went to");
        assertThat(Mailbox.await(f.adminEmail, 1).get(0).getSubject()).startsWith("[Test]");
        assertThat(Axe.audit(browser)).as("serious or critical accessibility findings")
                .noneMatch(Axe.Violation::serious);
    }
}
