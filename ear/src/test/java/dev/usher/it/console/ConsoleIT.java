package dev.usher.it.console;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.TestOpenIdProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real browser (headless Chromium) against the real server: signing in
 * through an OpenID provider with PKCE, then running an event as an organizer would.
 * Screenshots of the main pages go to target/screenshots.
 */
public class ConsoleIT extends ArquillianIT {

    private static final Pattern EVENT_URL = Pattern.compile("#/events/([0-9a-f-]{36})");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anOrganizerSignsInAndRunsAnEvent() {
        String email = Api.uniqueEmail("organizer");
        Api api = Api.as(email);
        Browser browser = browsers.open();
        browser.go("/");
        browser.waitFor(By.id("oidc-sign-in"));
        browser.screenshot("01-sign-in");
        signIn(browser, email, "super-admin");
        assertThat(browser.text(By.cssSelector(".who .roles"))).contains("super-admin");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        assertThat(TestOpenIdProvider.instance().verifiedExchanges()).contains(email);

        // A new event: the creator lands on its page, as its admin.
        browser.click(By.id("new-event"));
        browser.type(By.id("event-name"), "Dana & Noa");
        browser.type(By.id("event-location"), "Haifa");
        browser.type(By.id("event-region"), "IL");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main h1"), "Dana & Noa");
        assertThat(browser.text(By.id("my-role"))).isEqualTo("admin");
        String eventId = eventId(browser);
        assertThat(Fixture.ok(api.get("/api/events/" + eventId)).getString("location")).isEqualTo("Haifa");

        addGuest(browser, "Yael", "Cohen", "052-333-4444", "bride", "1");
        addGuest(browser, "Omer", "Levi", "", "groom", "2");
        addGuest(browser, "Dana", "Katz", "", "groom", "1");
        browser.waitForText(By.id("guest-range"), "1–3 of 3");
        JsonObject yael = guestNamed(api, eventId, "Yael");
        assertThat(yael.getString("phone")).isEqualTo("+972523334444");

        // The status changed in place is written at once.
        WebElement status = browser.waitFor(By.cssSelector("tr[data-guest-id='" + yael.getString("id") + "'] select.status"));
        new Select(status).selectByVisibleText("confirmed");
        // The table's own region: the export button inside the table has one too.
        browser.waitForText(By.cssSelector("usher-guest-table > .live-status"), "Yael Cohen is now confirmed.");
        assertThat(guestNamed(api, eventId, "Yael").getString("status")).isEqualTo("confirmed");

        // Filters and sorting go to the server.
        browser.choose(By.id("filter-status"), "confirmed");
        browser.waitForText(By.id("guest-range"), "1–1 of 1");
        browser.choose(By.id("filter-status"), "All");
        browser.waitForText(By.id("guest-range"), "1–3 of 3");
        assertThat(names(browser)).containsExactly("Yael Cohen", "Dana Katz", "Omer Levi");
        browser.click(By.cssSelector("button.sort[data-sort=lastName]"));
        browser.waitUntil(d -> names(browser).equals(List.of("Omer Levi", "Dana Katz", "Yael Cohen")));
        browser.screenshot("03-guests");

        // A member invited by e-mail is pending until they sign in.
        String member = Api.uniqueEmail("member");
        browser.click(By.id("tab-members"));
        browser.type(By.id("invite-email"), member);
        browser.choose(By.id("invite-role"), "editor");
        browser.click(By.cssSelector("#invite-member button[type=submit]"));
        By memberRow = By.cssSelector("tr[data-member='" + member + "']");
        browser.waitFor(memberRow);
        assertThat(browser.text(memberRow)).contains("pending");
        assertThat(new Select(browser.driver().findElement(memberRow)
                .findElement(By.cssSelector("select.role"))).getFirstSelectedOption().getText()).isEqualTo("editor");
        browser.screenshot("04-members");

        // Statistics: three guests, four people, one confirmed.
        browser.click(By.id("tab-stats"));
        browser.waitForText(By.id("stat-total"), "3");
        assertThat(browser.text(By.id("stat-headcount"))).isEqualTo("4");
        assertThat(browser.text(By.id("stat-confirmed-headcount"))).isEqualTo("1");
        assertThat(browser.text(By.cssSelector("li[data-status=confirmed] .bar-value"))).isEqualTo("1");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-side=groom] td")).stream()
                .map(WebElement::getText).toList()).containsExactly("2", "0", "0", "3", "0");
        browser.screenshot("05-stats");

        // The event card carries the guest total and the confirmation rate.
        browser.click(By.cssSelector("a.brand"));
        By card = By.cssSelector("li[data-event-id='" + eventId + "']");
        browser.waitFor(card);
        assertThat(browser.driver().findElement(card).findElement(By.className("guest-total")).getText()).isEqualTo("3");
        assertThat(browser.driver().findElement(card).findElement(By.className("confirmation-rate")).getText()).isEqualTo("33.3%");
        browser.screenshot("02-events");

        // On a phone the guest table becomes a list of cards.
        browser.resize(390, 844);
        browser.go("/#/events/" + eventId + "/guests");
        browser.waitForText(By.id("guest-range"), "1–3 of 3");
        browser.screenshot("06-guests-phone");

        browser.click(By.id("sign-out"));
        browser.waitFor(By.id("oidc-sign-in"));
        assertThat(browser.script("return sessionStorage.getItem('usher.session')")).isNull();
    }

    @Test
    void aFieldErrorFromTheServerIsShownNextToItsField() {
        String email = Api.uniqueEmail("organizer");
        Api api = Api.as(email);
        String eventId = Fixture.created(api.post("/api/events", "{\"name\":\"Errors\",\"phoneRegion\":\"IL\"}")).getString("id");
        String expected = api.post("/api/events/" + eventId + "/guests", "{\"firstName\":\"Bad\",\"phone\":\"12\"}")
                .object().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("field").equals("phone")).findFirst().orElseThrow().getString("message");
        Browser browser = browsers.open();
        browser.go("/#/events/" + eventId);
        signIn(browser, email);
        browser.click(By.id("add-guest"));
        browser.type(By.id("guest-first"), "Bad");
        browser.type(By.id("guest-phone"), "12");
        browser.click(By.cssSelector("usher-guest-form button[type=submit]"));
        assertThat(browser.text(By.id("guest-phone-error"))).isEqualTo(expected);
        assertThat(browser.waitFor(By.id("guest-phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.waitFor(By.id("guest-phone")).getAttribute("aria-describedby")).contains("guest-phone-error");
        assertThat(browser.text(By.cssSelector("usher-guest-form .problem-title"))).contains("422");
        // Focus goes to the field the server named, so a keyboard user lands on it.
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("guest-phone");
        browser.screenshot("07-field-error");
        assertThat(Db.count("select count(*) from guests where event_id = ?::uuid", eventId)).isZero();
    }

    @Test
    void aViewerSeesTheGuestListWithoutEditingActions() {
        Fixture fixture = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + fixture.eventId);
        signIn(browser, fixture.viewerEmail);
        browser.waitForText(By.id("my-role"), "viewer");
        browser.waitForText(By.id("guest-range"), "1–1 of 1");
        assertThat(browser.present(By.id("edit-event"))).isFalse();
        assertThat(browser.present(By.id("delete-event"))).isFalse();
        assertThat(browser.present(By.id("add-guest"))).isFalse();
        assertThat(browser.present(By.cssSelector("select.status"))).isFalse();
        browser.click(By.id("tab-members"));
        browser.waitFor(By.cssSelector("tr[data-member='" + fixture.viewerEmail + "']"));
        assertThat(browser.present(By.id("invite-member"))).isFalse();
        assertThat(browser.present(By.cssSelector("select.role"))).isFalse();
    }

    /** Signs in at the test provider's page; the console comes back to where it was. */
    public static void signIn(Browser browser, String email, String... groups) {
        browser.click(By.id("oidc-sign-in"));
        browser.type(By.id("op-email"), email);
        browser.type(By.id("op-groups"), String.join(",", groups));
        browser.click(By.id("op-submit"));
        browser.waitForText(By.id("me-email"), email);
    }

    private static void addGuest(Browser browser, String first, String last, String phone, String side, String party) {
        browser.click(By.id("add-guest"));
        browser.type(By.id("guest-first"), first);
        browser.type(By.id("guest-last"), last);
        if (!phone.isEmpty()) {
            browser.type(By.id("guest-phone"), phone);
        }
        browser.type(By.id("guest-side"), side);
        browser.type(By.id("guest-party"), party);
        browser.click(By.cssSelector("usher-guest-form button[type=submit]"));
        browser.gone(By.cssSelector("usher-guest-form dialog[open]"));
        browser.waitUntil(d -> names(browser).contains(first + " " + last));
    }

    private static List<String> names(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.guests .guest-name")).stream()
                .map(WebElement::getText).toList();
    }

    private static String eventId(Browser browser) {
        Matcher matcher = EVENT_URL.matcher(browser.driver().getCurrentUrl());
        assertThat(matcher.find()).as(browser.driver().getCurrentUrl()).isTrue();
        return matcher.group(1);
    }

    private static JsonObject guestNamed(Api api, String eventId, String firstName) {
        return Fixture.ok(api.get("/api/events/" + eventId + "/guests?q=" + firstName)).getJsonArray("items")
                .getJsonObject(0);
    }
}
