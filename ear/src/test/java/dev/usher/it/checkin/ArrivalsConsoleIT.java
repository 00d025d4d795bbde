package dev.usher.it.checkin;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static dev.usher.it.checkin.CheckInListsIT.guestInvitation;
import static dev.usher.it.checkin.CheckInListsIT.list;
import static dev.usher.it.checkin.CheckInListsIT.scan;
import static dev.usher.it.checkin.DoorIT.invitation;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists, gates and arrivals in Chromium (issue 14), on a desktop and on a 390 px phone: the
 * console's arrivals view follows scans without a reload, an editor adds a list, the guest list
 * shows and filters who arrived, and a station is set to a list and a gate at setup. axe-core
 * finds nothing serious on any of these screens.
 */
class ArrivalsConsoleIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void theArrivalsViewFollowsTheDoorWithoutAReload(int width, int height) {
        Fixture f = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\",\"exits\":true,\"reentry\":true}");
        String dana = invitation(f.eventId, "Dana Cohen", null, 3);
        Browser browser = browsers.open(width, height);
        browser.go("/#/events/" + f.eventId + "/arrivals");
        ConsoleIT.signIn(browser, f.editorEmail);
        By ceremonyCard = By.cssSelector(".arrival-card[data-list-id='" + ceremony + "']");
        try {
            browser.waitForText(ceremonyCard, "0 / 3 arrived");
        } catch (RuntimeException e) {
            // What the page shows instead, for the report.
            System.out.println("Arrivals page at " + width + ": " + browser.script("return location.href + ' | '"
                    + " + document.querySelector('main').innerText"));
            throw e;
        }
        browser.script("window.notReloaded = true");
        audit(browser, "the arrivals view");

        scan(dana, f.eventId, ceremony, "North", 2);
        browser.waitForText(ceremonyCard, "2 / 3 arrived");
        browser.waitForText(By.id("arrival-gates"), "North");
        assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
        browser.screenshot("arrivals-" + width);

        // An editor adds a list; it is listed and counted.
        browser.click(By.id("add-check-in-list"));
        browser.waitFor(By.cssSelector("usher-check-in-list-form dialog[open]"));
        audit(browser, "the check-in list form");
        browser.type(By.id("list-name"), "VIP lounge");
        browser.click(By.cssSelector("usher-check-in-list-form input[value='vip']"));
        browser.click(By.xpath("//usher-check-in-list-form//button[.='Save']"));
        browser.gone(By.cssSelector("usher-check-in-list-form dialog[open]"));
        browser.waitForText(By.id("check-in-lists"), "VIP lounge");
        assertThat(browser.text(By.id("check-in-lists"))).contains("types vip");
        browser.waitForText(By.id("arrival-lists"), "VIP lounge");
        audit(browser, "the arrivals view with its lists");

        // The guest list: the guest who arrived has a badge, and the filter finds them.
        String noa = guestInvitation(f);
        ok(Invites.SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(noa), "Door", null, null, f.eventId)));
        browser.go("/#/events/" + f.eventId + "/guests");
        By badge = By.cssSelector("tr[data-guest-id='" + f.guestId + "'] .badge.arrived");
        browser.waitForText(badge, "arrived 1");
        browser.choose(By.id("filter-arrived"), "Not yet");
        browser.waitForText(By.cssSelector("usher-guest-table"), "No guests match.");
        browser.choose(By.id("filter-arrived"), "Arrived");
        browser.waitFor(badge);
        audit(browser, "the guest list with arrivals");
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void aStationIsSetToAListAndAGateAndNamesTheHousehold(int width, int height) {
        Fixture f = Fixture.create();
        list(f, "{\"name\":\"Ceremony\"}");
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"members\":[{\"name\":\"Noa Levi\"},{\"name\":\"Gil Levi\"}]}"));
        String noa = guestInvitation(f);
        Browser browser = browsers.open(width, height);
        browser.go("/#/station");
        ConsoleIT.signIn(browser, f.adminEmail);
        browser.type(By.id("station-name"), "Desk 1");
        browser.choose(By.id("station-event"), "Fixture event");
        browser.waitFor(By.id("station-list"));
        browser.choose(By.id("station-list"), "Ceremony");
        browser.type(By.id("station-gate"), "North gate");
        audit(browser, "the station's setup with list and gate");
        browser.click(By.id("station-start"));
        browser.waitForText(By.id("station-list-name"), "Ceremony");
        assertThat(browser.text(By.id("station-gate-name"))).isEqualTo("North gate");

        browser.type(By.id("station-code"), Invites.token(noa));
        browser.click(By.id("station-check"));
        // The answer names the household's members under the guest's name; a household's code
        // with more than one seat is first asked how many arrive now.
        browser.waitFor(By.id("result-household"));
        assertThat(browser.text(By.id("result-household"))).isEqualTo("With Noa Levi, Gil Levi");
        audit(browser, "the station's answer with the household");
        if (browser.present(By.id("seat-chooser"))) {
            browser.click(By.id("seat-admit"));
        }
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans s JOIN check_in_lists l ON l.id = s.list_id"
                + " WHERE s.invitation_id = ?::uuid AND l.name = 'Ceremony' AND s.gate = 'North gate'"
                + " AND s.outcome = 'admitted'", noa)).isEqualTo(1);
        // Ceremony is its own list: the event's default list has admitted nobody.
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", noa)).isZero();
    }

    private static void audit(Browser browser, String what) {
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations", what).isEmpty();
    }
}
