package dev.usher.it.notifications;

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
 * The Activity tab in Chromium, as a viewer: the changes newest first, a new one shown and announced
 * without reloading, the member's own digest choice saved; at desktop width and on a 390 px phone,
 * with axe-core finding nothing serious.
 */
class ConsoleActivityIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aViewerSeesChangesArriveWithoutReloadingAndChoosesADigest() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));

        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/activity");
        ConsoleIT.signIn(browser, f.viewerEmail);
        browser.waitForText(By.cssSelector("#activity-list li:first-child"), "Noa Levi");
        assertThat(browser.text(By.cssSelector("#activity-list li:first-child"))).contains("attending")
                .contains("Organizer").contains(f.adminEmail);
        assertThat(browser.text(By.id("activity-range"))).isEqualTo("1–1 of 1");

        String gil = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Gil\",\"side\":\"groom\"}"))
                .getString("id");
        ok(f.admin.patch(f.events("/guests/" + gil), "{\"status\":\"declined\"}"));
        browser.waitForText(By.cssSelector("#activity-list li:first-child"), "Gil");
        assertThat(browser.text(By.cssSelector("#activity-list li:first-child"))).contains("not attending");
        assertThat(browser.text(By.cssSelector("#activity-list li:nth-child(2)"))).contains("Noa Levi");
        assertThat(browser.text(By.cssSelector("usher-activity-panel [role=status]"))).contains("1 new RSVP change");
        assertThat(browser.text(By.id("activity-range"))).isEqualTo("1–2 of 2");

        assertThat(browser.text(By.cssSelector("#digest-mode option:checked"))).isEqualTo("No e-mail");
        browser.choose(By.id("digest-mode"), "Once a day");
        browser.click(By.id("digest-save"));
        browser.waitForText(By.cssSelector("usher-activity-panel [role=status]"), "Your digest choice is saved.");
        assertThat(ok(f.viewer.get(f.events("/digest"))).getString("mode")).isEqualTo("daily");
        assertThat(ok(f.editor.get(f.events("/digest"))).getString("mode")).isEqualTo("off");
        noSeriousViolations(browser, "the Activity tab");
        browser.screenshot("60-activity");
    }

    @Test
    void onAPhoneTheFeedFitsAndPassesAxe() {
        Fixture f = Fixture.create();
        String longName = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Avigail-Margalit\","
                + "\"lastName\":\"Ben-Eliezer-Rosenthal-Abramovich\",\"side\":\"groom\"}")).getString("id");
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));
        ok(f.admin.patch(f.events("/guests/" + longName), "{\"status\":\"confirmed\"}"));

        Browser browser = browsers.open(390, 844);
        browser.go("/#/events/" + f.eventId + "/activity");
        ConsoleIT.signIn(browser, f.viewerEmail);
        browser.waitForText(By.cssSelector("#activity-list li:first-child"), "Ben-Eliezer-Rosenthal-Abramovich");
        browser.waitForText(By.id("activity-range"), "1–2 of 2");
        browser.waitFor(By.id("digest-mode"));
        noSeriousViolations(browser, "the Activity tab on a phone");
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("how much wider than the phone the page is").isLessThanOrEqualTo(0);
        browser.screenshot("61-activity-phone");
    }

    private static void noSeriousViolations(Browser browser, String what) {
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations", what).isEmpty();
    }
}
