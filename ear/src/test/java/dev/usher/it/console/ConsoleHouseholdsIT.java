package dev.usher.it.console;

import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's households and questions in Chromium: an editor defines a question, names a
 * household's members and plus-ones, and records its reply on its behalf (a refused reply shows
 * the server's message next to its field); the dialogs pass axe-core.
 */
class ConsoleHouseholdsIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEditorDefinesAQuestionArrangesAHouseholdAndRecordsItsReply() {
        String email = Api.uniqueEmail("organizer");
        Api api = Api.as(email);
        String eventId = Fixture.created(api.post("/api/events", "{\"name\":\"Households\"}")).getString("id");
        String guestId = Fixture.created(api.post("/api/events/" + eventId + "/guests",
                "{\"firstName\":\"Dana\",\"lastName\":\"Cohen\"}")).getString("id");

        Browser browser = browsers.open();
        browser.go("/");
        ConsoleIT.signIn(browser, email);

        // The questions editor.
        browser.go("/#/events/" + eventId + "/questions");
        browser.click(By.id("add-question"));
        browser.type(By.id("question-label"), "Meal");
        browser.choose(By.id("question-kind"), "Meal or other choice");
        browser.type(By.id("question-options"), "Fish\nMeat");
        browser.click(By.id("question-required"));
        browser.click(By.cssSelector("usher-question-form button[type=submit]"));
        browser.waitFor(By.cssSelector("table.questions tbody tr"));
        List<JsonObject> questions = api.get("/api/events/" + eventId + "/questions").array()
                .getValuesAs(JsonObject.class);
        assertThat(questions).hasSize(1);
        String meal = questions.get(0).getString("id");
        assertThat(questions.get(0).getBoolean("required")).isTrue();
        assertSeriousFree(browser, "questions");

        // The household: two members and a plus-one.
        browser.go("/#/events/" + eventId + "/guests");
        By row = By.cssSelector("tr[data-guest-id='" + guestId + "']");
        browser.waitFor(row);
        browser.click(By.cssSelector("tr[data-guest-id='" + guestId + "'] button.household"));
        browser.click(By.id("add-member"));
        browser.type(By.id("member-name-0"), "Dana");
        browser.click(By.id("add-member"));
        browser.type(By.id("member-name-1"), "Avi");
        browser.type(By.id("household-plus-ones"), "1");
        assertSeriousFree(browser, "household dialog");
        browser.click(By.cssSelector("usher-household-form button[type=submit]"));
        browser.waitForText(By.cssSelector("tr[data-guest-id='" + guestId + "'] td[data-label=Party]"), "3 (0 coming)");

        // The reply: a required meal left out for the plus-one is refused next to its field.
        browser.click(By.cssSelector("tr[data-guest-id='" + guestId + "'] button.reply"));
        browser.choose(By.id("reply-member-0"), "yes");
        browser.choose(By.id("reply-member-0-" + meal), "Fish");
        browser.choose(By.id("reply-member-1"), "no");
        browser.type(By.id("reply-plus-name-0"), "Ron");
        browser.choose(By.id("reply-plus-0"), "yes");
        assertSeriousFree(browser, "reply dialog");
        browser.click(By.cssSelector("usher-reply-form button[type=submit]"));
        browser.waitFor(By.cssSelector("#reply-plus-0-" + meal + "[aria-invalid=true]"));
        assertThat(browser.text(By.id("reply-plus-0-" + meal + "-error"))).contains("required");
        browser.choose(By.id("reply-plus-0-" + meal), "Meat");
        browser.click(By.cssSelector("usher-reply-form button[type=submit]"));
        browser.waitForText(By.cssSelector("tr[data-guest-id='" + guestId + "'] td[data-label=Party]"), "3 (2 coming)");

        JsonObject guest = Fixture.ok(api.get("/api/events/" + eventId + "/guests/" + guestId));
        assertThat(guest.getString("status")).isEqualTo("confirmed");
        assertThat(guest.getJsonArray("members").getJsonObject(2).getString("name")).isEqualTo("Ron");
        assertThat(guest.getJsonArray("members").getJsonObject(2).getJsonObject("answers").getString(meal))
                .isEqualTo("Meat");

        // The statistics count the meals of those coming.
        browser.click(By.id("tab-stats"));
        browser.waitForText(By.cssSelector("section[data-question-id='" + meal + "'] li[data-option=Fish] .bar-value"), "1");
        assertThat(browser.text(By.cssSelector("section[data-question-id='" + meal + "'] li[data-option=Meat] .bar-value")))
                .isEqualTo("1");
        assertThat(browser.text(By.id("stat-confirmed-headcount"))).isEqualTo("2");
        assertSeriousFree(browser, "stats with questions");
    }

    private static void assertSeriousFree(Browser browser, String page) {
        List<Axe.Violation> found = Axe.audit(browser);
        found.forEach(v -> System.out.println("axe on " + page + ": " + v));
        assertThat(found.stream().filter(Axe.Violation::serious).map(Object::toString).toList()).as(page).isEmpty();
    }
}
