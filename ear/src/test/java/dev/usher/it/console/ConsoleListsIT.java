package dev.usher.it.console;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.browsers.PhoneFit;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's server-paged lists (the guest table, the event's invitations, the official
 * invitations) share one controller: these tests hold it to what every list must do. Search as
 * you type shows the answer to the latest search even when an earlier one answers last, and the
 * lists stay usable at a phone's width.
 */
class ConsoleListsIT extends ArquillianIT {

    /** Holds back the answer to the guest search for "Ayala" until {@code releaseHeldSearch()} (run in the page). */
    private static final String HOLD_THE_FIRST_SEARCH = """
            const sent = window.fetch;
            window.releaseHeldSearch = null;
            window.heldSearchHandled = false;
            window.fetch = (input, init) => {
              const answer = sent(input, init);
              if (!String(input).includes('q=Ayala')) return answer;
              // The request reaches the server at once; only its answer is held. Once the page has
              // read the body, everything it does with it runs before the next task, so the flag,
              // set in a task of its own, says the page is done with this answer.
              return new Promise((release) => {
                window.releaseHeldSearch = () => release(answer.then((response) => {
                  const read = response.text.bind(response);
                  response.text = () => read().then((body) => {
                    setTimeout(() => { window.heldSearchHandled = true; });
                    return body;
                  });
                  return response;
                }));
              });
            };
            """;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEarlierSearchAnsweringLastDoesNotReplaceTheLatestOne() {
        Fixture fixture = Fixture.create(); // its guest is Noa Levi
        Fixture.created(fixture.admin.post(fixture.events("/guests"), "{\"firstName\":\"Ayala\",\"lastName\":\"Amsalem\"}"));
        Fixture.created(fixture.admin.post(fixture.events("/guests"), "{\"firstName\":\"Boaz\",\"lastName\":\"Bar\"}"));
        Browser browser = browsers.open();
        browser.go("/#/events/" + fixture.eventId + "/guests");
        ConsoleIT.signIn(browser, fixture.adminEmail);
        browser.waitForText(By.id("guest-range"), "1–3 of 3");
        browser.script(HOLD_THE_FIRST_SEARCH);

        browser.type(By.id("filter-q"), "Ayala");
        browser.waitUntil(d -> browser.script("return window.releaseHeldSearch !== null").equals(true));
        browser.type(By.id("filter-q"), "Boaz");
        browser.waitUntil(d -> names(browser).equals(List.of("Boaz Bar")));

        browser.script("window.releaseHeldSearch()");
        browser.waitUntil(d -> browser.script("return window.heldSearchHandled").equals(true));
        assertThat(names(browser)).containsExactly("Boaz Bar");
        assertThat(browser.text(By.id("guest-range"))).isEqualTo("1–1 of 1");
        assertThat(browser.waitFor(By.id("filter-q")).getAttribute("value")).isEqualTo("Boaz");
    }

    @Test
    void theGuestAndInvitationListsAreUsableOnAPhone() {
        String chief = Api.uniqueEmail("chief");
        Api api = Api.as(chief, "super-admin");
        String eventId = Fixture.created(api.post("/api/events", "{\"name\":\"Seaside wedding of two long family names\","
                + "\"phoneRegion\":\"IL\"}")).getString("id");
        String guestId = "";
        List<String> firstNames = List.of("Avigail-Margalit", "Yehonatan", "Shlomit");
        for (int i = 0; i < firstNames.size(); i++) {
            String first = firstNames.get(i);
            guestId = Fixture.created(api.post("/api/events/" + eventId + "/guests", "{\"firstName\":\"" + first
                    + "\",\"lastName\":\"Ben-Eliezer Rosenthal\",\"phone\":\"+972 54-765-432" + i + "\",\"side\":\"bride's family\","
                    + "\"email\":\"" + Api.uniqueEmail("a.very.long.address." + first.toLowerCase()) + "\"}")).getString("id");
        }
        Fixture.ok(api.post("/api/events/" + eventId + "/invitations", "{\"guestIds\":[\"" + guestId + "\"]}"));
        Fixture.created(api.post("/api/admin/official-invitations", "{\"recipientName\":\"Avigail-Margalit Ben-Eliezer\","
                + "\"email\":\"" + Api.uniqueEmail("official.long.address") + "\",\"eventId\":\"" + eventId + "\",\"send\":false}"));

        Browser browser = browsers.open(390, 844);
        browser.go("/#/events/" + eventId + "/guests");
        ConsoleIT.signIn(browser, chief, "super-admin");
        browser.waitForText(By.id("guest-range"), "1–3 of 3");
        PhoneFit.assertFits(browser, "the guest list");
        browser.click(By.cssSelector("tr[data-guest-id='" + guestId + "'] button[aria-label^='Edit']"));
        browser.waitFor(By.cssSelector("usher-guest-form dialog[open]"));
        browser.click(By.xpath("//usher-guest-form//dialog[@open]//button[.='Cancel']"));
        browser.gone(By.cssSelector("usher-guest-form dialog[open]"));

        browser.go("/#/events/" + eventId + "/invitations");
        browser.waitForText(By.id("ev-inv-range"), "1–2 of 2"); // the guest's and the official one for the event
        PhoneFit.assertFits(browser, "the event's invitations");

        browser.go("/#/invitations");
        browser.waitForText(By.id("inv-range"), "1–");
        PhoneFit.assertFits(browser, "the official invitations");
        browser.click(By.cssSelector("usher-official-invitations-page .row-actions a.button-link"));
        browser.waitFor(By.id("inv-status"));

        browser.go("/#/events/" + eventId + "/invitations");
        browser.click(By.cssSelector("#invite-details > summary"));
        browser.waitFor(By.cssSelector("input[data-guest-id='" + guestId + "']"));
        PhoneFit.assertFits(browser, "the event's invitations with the invite form open");
    }

    private static List<String> names(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.guests .guest-name")).stream()
                .map(WebElement::getText).toList();
    }
}
