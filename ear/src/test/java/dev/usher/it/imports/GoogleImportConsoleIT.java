package dev.usher.it.imports;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.browsers.PhoneFit;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.GoogleFlow;
import dev.usher.it.support.servers.ServerConfiguration;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.GoogleStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Import from Google" in a real browser, at desktop width and on a 390 px phone: the editor connects
 * (the browser follows Usher's URL to the stand-in's consent page, which redirects back through Usher's
 * callback to the import tab), ticks a label and a contact, previews, imports and reads the same row
 * report as a file's; then disconnects. Without the settings the option is not there at all.
 */
class GoogleImportConsoleIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void anEditorConnectsPicksALabelAndAContactImportsThemAndDisconnects(int width, int height) {
        Fixture f = Fixture.create();
        GoogleStandIn google = TestEnvironment.google();
        GoogleStandIn.Account account = GoogleFlow.account()
                .contact("people/c1", "Dana", "Levi", "dana-" + width + "@example.com", null, "contactGroups/family")
                .contact("people/c2", "Omer", "Katz", null, "050-222-" + (1000 + width % 1000), "contactGroups/family")
                .contact("people/c3", "Bad", "Phone", null, "12")
                .contact("people/c4", "Eli", "Gal", "eli-" + width + "@example.com", null)
                .group("contactGroups/family", "Family");
        Browser browser = browsers.open(width, height);
        browser.go("/#/events/" + f.eventId + "/import");
        ConsoleIT.signIn(browser, f.editorEmail);
        browser.waitFor(By.id("google-connect"));
        check(browser, width, "Import from Google, not connected");

        google.consentAs(account);
        browser.click(By.id("google-connect"));
        browser.waitForText(By.id("google-outcome"), "Your Google account is connected.");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/#/events/" + f.eventId + "/import");
        assertThat(account.codeExchanges.get()).isEqualTo(1);
        browser.waitFor(By.cssSelector("#google-contacts input[value='people/c3']"));
        assertThat(browser.text(By.id("google-groups"))).contains("Family");
        check(browser, width, "the contact picker");

        browser.click(By.cssSelector("#google-groups input[value='contactGroups/family']"));
        browser.click(By.cssSelector("#google-contacts input[value='people/c3']"));
        browser.click(By.id("google-preview"));
        browser.waitFor(By.id("google-preview-summary"));
        assertThat(browser.text(By.id("google-preview-summary"))).contains("would add 2").contains("leave out 1");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#google-preview-job table.row-errors tbody tr")).size() == 1);
        assertThat(browser.text(By.cssSelector("#google-preview-job table.row-errors tbody tr")))
                .contains("Phone 1 - Value").contains("is too short");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).as("a dry run writes nothing").isEqualTo(1);
        check(browser, width, "the preview");

        browser.click(By.id("google-run"));
        browser.waitFor(By.id("google-done"));
        assertThat(browser.text(By.id("google-done"))).contains("2 added");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(3);
        assertThat(ok(f.viewer.get(f.events("/guests?q=eli-"))).getInt("total")).as("not chosen").isZero();
        check(browser, width, "the import done");

        browser.click(By.id("google-disconnect"));
        browser.waitForText(By.id("google-outcome"), "disconnected");
        browser.waitFor(By.id("google-connect"));
        assertThat(account.revocations.get()).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM google_connections WHERE user_id = ?::uuid", f.editorId)).isZero();
    }

    @Test
    void withoutTheSettingsThereIsNoImportFromGoogle() throws Exception {
        Fixture f = Fixture.create();
        Path override = Path.of(System.getProperty("usher.it.serverDir"), "configDropins", "overrides",
                "google-unset-by-console-test.xml");
        ServerConfiguration.apply(() -> Files.writeString(override, """
                <server><variable name="usher.google.client-secret" value=" "/></server>
                """));
        try {
            Browser browser = browsers.open();
            browser.go("/#/events/" + f.eventId + "/import");
            ConsoleIT.signIn(browser, f.editorEmail);
            browser.waitFor(By.id("import-preview"));
            // The connection answered 503 (asked at once when the panel showed): wait for that, then look.
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "const g = document.querySelector('usher-google-import'); return !!g && g.connection === null")));
            assertThat(browser.present(By.id("google-import"))).isFalse();
            assertThat(browser.present(By.id("google-connect"))).isFalse();
        } finally {
            ServerConfiguration.apply(() -> Files.deleteIfExists(override));
        }
    }

    private static void check(Browser browser, int width, String what) {
        if (width < 500) {
            PhoneFit.assertFits(browser, what);
        }
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s at %d px: serious accessibility violations", what, width).isEmpty();
    }
}
