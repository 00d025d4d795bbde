package dev.usher.it.audit;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Audit tab in Chromium, as the event's admin: the trail newest first with who did what and
 * the changed fields, a filter, the CSV of the filtered entries; not offered to an editor; at
 * desktop width and on a 390 px phone, with axe-core finding nothing serious.
 */
class ConsoleAuditIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAdminReadsFiltersAndDownloadsTheTrail() {
        Fixture f = Fixture.create();
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"lastName\":\"Cohen\"}"));

        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/audit");
        ConsoleIT.signIn(browser, f.adminEmail);
        browser.waitForText(By.cssSelector("#audit-list li:first-child"), "guest.updated");
        assertThat(browser.text(By.cssSelector("#audit-list li:first-child"))).contains(f.editorEmail)
                .contains("lastName: Levi → Cohen");
        assertThat(browser.text(By.id("audit-range"))).isEqualTo("1–5 of 5");

        browser.choose(By.id("audit-subject-type"), "member");
        browser.click(By.id("audit-apply"));
        browser.waitForText(By.id("audit-range"), "1–2 of 2");
        assertThat(browser.text(By.cssSelector("#audit-list li:first-child"))).contains("member.added");
        browser.waitForText(By.cssSelector("usher-audit-panel [role=status]"), "2 entries found.");

        browser.click(By.id("audit-csv"));
        browser.waitForText(By.cssSelector("usher-audit-panel [role=status]"), "audit.csv downloaded.");
        Object csvText = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import(new URL('js/audit/audit-api.js', document.baseURI))
                  .then((m) => m.exportAuditCsv(arguments[0], { subjectType: 'member' }))
                  .then((file) => file.blob.text()).then(done, (e) => done('failed: ' + e.message));""", f.eventId);
        assertThat((String) csvText).contains("member.added").contains(f.viewerEmail).doesNotContain("guest.updated");
        noSeriousViolations(browser, "the Audit tab");
        browser.screenshot("70-audit");

        // An editor is not offered the tab, and its path shows the API's refusal.
        Browser editor = browsers.open();
        editor.go("/#/events/" + f.eventId + "/guests");
        ConsoleIT.signIn(editor, f.editorEmail);
        editor.waitFor(By.cssSelector("nav.tabs"));
        assertThat(editor.text(By.cssSelector("nav.tabs"))).contains("Guests").doesNotContain("Audit");
    }

    @Test
    void onAPhoneTheTrailFitsAndPassesAxe() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"name\":\"A wedding with a rather long name for a small screen\","
                + "\"location\":\"Kibbutz Ein Gedi, the hall by the botanical garden\"}"));

        Browser browser = browsers.open(390, 844);
        browser.go("/#/events/" + f.eventId + "/audit");
        ConsoleIT.signIn(browser, f.adminEmail);
        browser.waitForText(By.cssSelector("#audit-list li:first-child"), "event.settings_changed");
        browser.waitForText(By.id("audit-range"), "1–5 of 5");
        noSeriousViolations(browser, "the Audit tab on a phone");
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("how much wider than the phone the page is").isLessThanOrEqualTo(0);
        browser.screenshot("71-audit-phone");
    }

    private static void noSeriousViolations(Browser browser, String what) {
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations", what).isEmpty();
    }
}
