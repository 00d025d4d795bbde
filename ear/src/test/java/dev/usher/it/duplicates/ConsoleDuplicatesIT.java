package dev.usher.it.duplicates;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Duplicates tab in Chromium, as an editor: groups side by side, a merge with a field taken from
 * the merged guest, its undo, "not duplicates"; not offered to a viewer; at desktop width and on a
 * 390 px phone, with axe-core finding nothing serious.
 */
class ConsoleDuplicatesIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static String guest(Fixture f, String json) {
        return created(f.editor.post(f.events("/guests?allowDuplicate=true"), json)).getString("id");
    }

    private static String group(String guestId) {
        return "li.duplicate-group[data-guests*='" + guestId + "']";
    }

    @Test
    void anEditorMergesUndoesAndDismisses() {
        Fixture f = Fixture.create();
        String twin = guest(f, "{\"firstName\":\"Noa\",\"lastName\":\"Levi\",\"phone\":\"+972 54-765-4321\","
                + "\"email\":\"noa.levi@example.com\"}");
        String avigail = guest(f, "{\"firstName\":\"Avigail\",\"lastName\":\"Rosenthal\",\"side\":\"groom\"}");
        guest(f, "{\"firstName\":\"Avigail\",\"lastName\":\"Rozenthal\",\"side\":\"groom\"}");

        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/duplicates");
        ConsoleIT.signIn(browser, f.editorEmail);
        browser.waitFor(By.cssSelector(group(twin)));
        assertThat(browser.text(By.cssSelector(group(twin)))).contains("Same phone").contains("noa.levi@example.com");
        noSeriousViolations(browser, "the Duplicates tab");
        browser.screenshot("80-duplicates");

        // Keep the fixture's guest, with the twin's e-mail.
        browser.click(By.cssSelector(group(twin) + " input[name=keep][value='" + f.guestId + "']"));
        browser.click(By.cssSelector(group(twin) + " input[name=email][value='" + twin + "']"));
        browser.click(By.cssSelector(group(twin) + " button[type=submit]"));
        browser.waitForText(By.cssSelector("usher-duplicates-panel [role=status]"), "Merged into Noa Levi");
        assertThat(ok(f.editor.get(f.events("/guests/" + f.guestId))).getString("email")).isEqualTo("noa.levi@example.com");
        assertThat(f.editor.get(f.events("/guests/" + twin)).status()).isEqualTo(404);
        assertThat(browser.present(By.cssSelector(group(twin)))).isFalse();

        browser.click(By.cssSelector("#merges li button"));
        browser.waitForText(By.cssSelector("usher-duplicates-panel [role=status]"), "Merge undone");
        assertThat(ok(f.editor.get(f.events("/guests/" + twin))).getString("email")).isEqualTo("noa.levi@example.com");
        browser.waitFor(By.cssSelector(group(twin)));

        browser.click(By.cssSelector(group(avigail) + " button[type=button]"));
        browser.waitForText(By.cssSelector("usher-duplicates-panel [role=status]"), "not duplicates");
        assertThat(browser.present(By.cssSelector(group(avigail)))).isFalse();
        assertThat(ok(f.editor.get(f.events("/duplicates"))).toString()).doesNotContain(avigail);

        // A viewer is not offered the tab.
        Browser viewer = browsers.open();
        viewer.go("/#/events/" + f.eventId + "/guests");
        ConsoleIT.signIn(viewer, f.viewerEmail);
        viewer.waitFor(By.cssSelector("nav.tabs"));
        assertThat(viewer.text(By.cssSelector("nav.tabs"))).contains("Guests").doesNotContain("Duplicates");
    }

    @Test
    void onAPhoneTheGroupsFitAndPassAxe() {
        Fixture f = Fixture.create();
        String twin = guest(f, "{\"firstName\":\"Noa\",\"lastName\":\"Levi-Abergel-Rosenthal\",\"phone\":\"+972 54-765-4321\","
                + "\"email\":\"noa.levi.with.a.long.address@example.com\",\"notes\":\"Comes with her grandmother\"}");

        Browser browser = browsers.open(390, 844);
        browser.go("/#/events/" + f.eventId + "/duplicates");
        ConsoleIT.signIn(browser, f.editorEmail);
        browser.waitFor(By.cssSelector(group(twin)));
        noSeriousViolations(browser, "the Duplicates tab on a phone");
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("how much wider than the phone the page is").isLessThanOrEqualTo(0);
        browser.screenshot("81-duplicates-phone");
    }

    private static void noSeriousViolations(Browser browser, String what) {
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations", what).isEmpty();
    }
}
