package dev.usher.it.rsvp;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import static dev.usher.it.rsvp.RsvpLinks.link;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest's RSVP page in Chromium: at desktop width in English and at a 390 px phone width in
 * Hebrew (right to left), answering and changing contact details, the answer reaching the organizer's
 * list; axe-core finds no serious violation; revoked and closed links say so; an invitation e-mail's
 * Yes button (through GreenMail) opens the page with yes chosen.
 */
class RsvpPageIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void onADesktopTheYesButtonsLinkOpensThePageWithYesChosenAndSendingItConfirmsTheGuest() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"date\":\"2031-09-09\",\"startTime\":\"19:30\",\"location\":\"Haifa port\","
                + "\"rsvpMessage\":\"Dress code: white\",\"rsvpDeadline\":\"2031-09-01T21:00:00Z\"}"));
        JsonObject link = link(f.editor, f, f.guestId);

        Browser browser = browsers.open();
        browser.driver().get(link.getString("yesUrl"));
        browser.waitForText(By.id("rsvp-event"), "Fixture event");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("ltr");
        assertThat(browser.text(By.id("rsvp-venue"))).contains("Haifa port");
        assertThat(browser.waitFor(By.id("rsvp-map")).getAttribute("href"))
                .isEqualTo("https://www.openstreetmap.org/search?query=Haifa+port");
        assertThat(browser.text(By.id("rsvp-message"))).isEqualTo("Dress code: white");
        assertThat(browser.text(By.id("rsvp-deadline"))).contains("2031");
        assertThat(browser.present(By.id("rsvp-answer-maybe"))).as("this event takes no maybe").isFalse();
        assertThat(browser.waitFor(By.id("rsvp-answer-yes")).isSelected()).as("preselected by ?answer=yes").isTrue();
        audit(browser, "RSVP page, English, desktop");

        browser.click(By.id("rsvp-save"));
        browser.waitForText(By.id("rsvp-saved"), "Thank you");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("confirmed");
        assertThat(ok(f.viewer.get(f.events("/guests?status=confirmed"))).toString()).contains(f.guestId);

        browser.click(By.cssSelector("label[for=rsvp-answer-no]"));
        browser.click(By.id("rsvp-save"));
        browser.waitUntil(d -> "declined".equals(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")));
    }

    @Test
    void onA390PixelPhoneTheHebrewPageIsRightToLeftShowsFieldErrorsAndSavesMaybeAndANewPhone() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"language\":\"he\",\"rsvpAllowsMaybe\":true,\"location\":\"ירושלים\"}"));
        JsonObject link = link(f.editor, f, f.guestId);

        Browser browser = phone();
        browser.driver().get(link.getString("url"));
        browser.waitForText(By.id("rsvp-event"), "Fixture event");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("he");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.text(By.cssSelector(".rsvp-answer legend"))).isEqualTo("האם תגיעו?");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.rsvp-answer')).direction")).isEqualTo("rtl");
        assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        assertThat(browser.waitFor(By.id("rsvp-answer-yes")).isSelected()).as("nothing chosen yet").isFalse();
        audit(browser, "RSVP page, Hebrew, phone");

        browser.click(By.cssSelector("label[for=rsvp-answer-maybe]"));
        browser.type(By.id("rsvp-phone"), "12");
        browser.click(By.id("rsvp-save"));
        browser.waitFor(By.id("rsvp-phone-error"));
        assertThat(browser.waitFor(By.id("rsvp-phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("rsvp-phone");
        audit(browser, "RSVP page, Hebrew, phone, with a field error");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("phone")).as("nothing written")
                .isEqualTo("+972547654321");

        browser.type(By.id("rsvp-phone"), "052-777-8899");
        browser.click(By.id("rsvp-save"));
        browser.waitForText(By.id("rsvp-saved"), "תודה");
        JsonObject guest = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(guest.getString("phone")).isEqualTo("+972527778899");
        assertThat(guest.getString("status")).isEqualTo("invited");
        browser.driver().navigate().refresh();
        browser.waitFor(By.id("rsvp-event"));
        assertThat(browser.waitFor(By.id("rsvp-answer-maybe")).isSelected()).as("maybe is remembered").isTrue();
    }

    @Test
    void onADesktopAHouseholdAnswersForTwoMembersAndANamedPlusOneWithARequiredMeal() {
        RsvpHousehold h = RsvpHousehold.create("{\"rsvpAllowsMaybe\":true}");
        answerForTheHousehold(h, browsers.open(), "Please answer this question.", "Thank you");
    }

    @Test
    void onA390PixelPhoneTheHebrewHouseholdPageIsRightToLeftAndAnswersTheSame() {
        RsvpHousehold h = RsvpHousehold.create("{\"language\":\"he\"}");
        Browser browser = phone();
        answerForTheHousehold(h, browser, "נא לענות על השאלה.", "תודה");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.script("return getComputedStyle(document.getElementById('rsvp-m0')).direction")).isEqualTo("rtl");
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
    }

    /**
     * Noa and Avi come, Avi's required meal first left out (the server's 422 shown beside it in the page's
     * language, focus on it), Ron named as the plus-one with his meal, the household's song; then the
     * organizer's API shows it all, and the page, opened again, is filled in with it.
     */
    private void answerForTheHousehold(RsvpHousehold h, Browser browser, String required, String thanks) {
        browser.driver().get(link(h.f().editor, h.f(), h.f().guestId).getString("url"));
        browser.waitForText(By.cssSelector("#rsvp-m0 legend"), "Noa");
        assertThat(browser.text(By.cssSelector("#rsvp-m1 legend"))).isEqualTo("Avi");
        assertThat(browser.present(By.id("rsvp-p0-name"))).as("plus-ones are asked once someone comes").isFalse();
        audit(browser, "RSVP page, household, " + browser.script("return document.documentElement.lang"));

        browser.click(By.cssSelector("label[for=rsvp-m0-yes]"));
        browser.click(By.cssSelector("label[for=rsvp-m1-yes]"));
        browser.click(By.cssSelector("label[for=rsvp-m0-q0-0]")); // Noa: Fish
        browser.type(By.id("rsvp-p0-name"), "Ron");
        browser.click(By.cssSelector("label[for=rsvp-p0-q0-1]")); // Ron: Meat
        browser.type(By.id("rsvp-h-q2"), "Hey Jude");
        browser.click(By.id("rsvp-save"));
        browser.waitForText(By.id("rsvp-m1-q0-error"), required);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("rsvp-m1-q0-0");
        assertThat(browser.text(By.id("rsvp-form"))).doesNotContain("is required of those attending");
        audit(browser, "RSVP page, household, with a field error");
        assertThat(ok(h.f().viewer.get(h.f().events("/guests/" + h.f().guestId))).getString("status"))
                .as("nothing written").isEqualTo("invited");

        browser.click(By.cssSelector("label[for=rsvp-m1-q0-2]")); // Avi: Vegan
        browser.click(By.id("rsvp-save"));
        browser.waitForText(By.id("rsvp-saved"), thanks);
        JsonObject guest = ok(h.f().viewer.get(h.f().events("/guests/" + h.f().guestId)));
        assertThat(guest.getString("status")).isEqualTo("confirmed");
        assertThat(guest.getInt("attendingCount")).isEqualTo(3);
        List<JsonObject> members = guest.getJsonArray("members").getValuesAs(JsonObject.class);
        assertThat(members).extracting(m -> m.getString("name")).containsExactly("Noa", "Avi", "Ron");
        assertThat(members).extracting(m -> m.getJsonObject("answers").getString(h.meal()))
                .containsExactly("Fish", "Vegan", "Meat");
        assertThat(members.get(2).getBoolean("plusOne")).isTrue();
        assertThat(guest.getJsonObject("answers").getString(h.song())).isEqualTo("Hey Jude");

        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector("#rsvp-m0 legend"), "Noa");
        assertThat(browser.waitFor(By.id("rsvp-m1-q0-2")).isSelected()).as("the answers so far").isTrue();
        assertThat(browser.waitFor(By.id("rsvp-p0-name")).getAttribute("value")).isEqualTo("Ron");
        assertThat(browser.waitFor(By.id("rsvp-h-q2")).getAttribute("value")).isEqualTo("Hey Jude");
        audit(browser, "RSVP page, household, answered");
    }

    @Test
    void aRevokedLinkAndAClosedPageSaySoAndNameWhomToContact() {
        Fixture f = Fixture.create();
        JsonObject link = link(f.editor, f, f.guestId);
        Browser browser = phone();

        ok(f.admin.patch(f.events(""), "{\"rsvpDeadline\":\"2020-01-01T00:00:00Z\",\"rsvpContact\":\"Dana, 050-555-0100\"}"));
        browser.driver().get(link.getString("url"));
        browser.waitForText(By.id("rsvp-closed"), "Answers are closed");
        assertThat(browser.text(By.id("rsvp-closed"))).contains("Dana, 050-555-0100");
        assertThat(browser.present(By.id("rsvp-form"))).isFalse();
        audit(browser, "RSVP page, closed");

        assertThat(f.editor.delete(f.events("/guests/" + f.guestId + "/rsvp-link")).status()).isEqualTo(204);
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("rsvp-link-problem"), "withdrawn");
        assertThat(browser.text(By.id("rsvp-link-problem"))).doesNotContain("Noa").doesNotContain("Fixture event");
        audit(browser, "RSVP page, revoked link");

        browser.driver().get(link.getString("url").replaceAll("#.*", "#" + "B".repeat(43)));
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("rsvp-link-problem"), "not valid");
    }

    @Test
    void theInvitationEmailsYesButtonOpensTheGuestsPageWithYesChosenInTheEventsLanguage() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"language\":\"he\"}"));
        String email = Api.uniqueEmail("noa");
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"email\":\"" + email + "\"}"));
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + f.guestId + "\"]}"));

        MimeMessage mail = Mailbox.await(email, 1).get(0);
        String html = Mailbox.text(Mailbox.part(mail, "text/html"));
        String text = Mailbox.text(Mailbox.part(mail, "text/plain"));
        assertThat(html).contains("dir=\"rtl\" lang=\"he\"").contains("כן, אגיע").contains("לא אוכל להגיע");
        Matcher yes = Pattern.compile("href=\"([^\"]*/rsvp\\.html\\?answer=yes#[^\"]+)\"").matcher(html);
        assertThat(yes.find()).as(html).isTrue();
        String yesUrl = yes.group(1);
        assertThat(yesUrl).startsWith(Api.baseUrl() + "/rsvp.html?answer=yes#");
        assertThat(html).contains(yesUrl.replace("answer=yes", "answer=no"));
        assertThat(text).contains(yesUrl);
        assertThat(yesUrl).as("the guest's live link, the one the console shows")
                .isEqualTo(link(f.editor, f, f.guestId).getString("yesUrl"));

        Browser browser = phone();
        browser.driver().get(yesUrl);
        browser.waitForText(By.id("rsvp-event"), "Fixture event");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.waitFor(By.id("rsvp-answer-yes")).isSelected()).isTrue();
        browser.click(By.id("rsvp-save"));
        browser.waitForText(By.id("rsvp-saved"), "תודה");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("confirmed");
    }

    @Test
    void anEditorCopiesTheGuestsLinkAndShowsItsQrCodeInTheConsoleAndCanReplaceIt() {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/guests");
        ConsoleIT.signIn(browser, f.editorEmail);
        browser.click(By.cssSelector("tr[data-guest-id='" + f.guestId + "'] button.rsvp-link"));
        browser.waitFor(By.cssSelector("usher-rsvp-link-dialog dialog[open]"));
        browser.waitUntil(d -> !browser.waitFor(By.id("rsvp-link-url")).getAttribute("value").isEmpty());
        String shown = browser.waitFor(By.id("rsvp-link-url")).getAttribute("value");
        assertThat(shown).isEqualTo(link(f.editor, f, f.guestId).getString("url"));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "const i = document.getElementById('rsvp-link-qr'); return !!i && i.complete && i.naturalWidth > 0")));
        assertThat(Mailbox.decodeQr(f.editor.bytes(f.events("/guests/" + f.guestId + "/rsvp-link/qr.png")))).isEqualTo(shown);
        audit(browser, "console, RSVP link dialog");

        browser.click(By.id("rsvp-link-copy"));
        browser.waitForText(By.id("rsvp-link-notice"), "copied");
        browser.click(By.id("rsvp-link-rotate"));
        browser.accept();
        browser.waitForText(By.id("rsvp-link-notice"), "new link");
        String replaced = browser.waitFor(By.id("rsvp-link-url")).getAttribute("value");
        assertThat(replaced).isNotEqualTo(shown);
        String oldToken = shown.substring(shown.indexOf('#') + 1);
        assertThat(RsvpLinks.guestClient().get(RsvpLinks.page(oldToken)).status()).isEqualTo(404);
        browser.click(By.id("rsvp-link-close"));
        browser.gone(By.cssSelector("usher-rsvp-link-dialog dialog[open]"));
    }

    @Test
    void anAdminSetsTheRsvpPageInTheEventFormAndTheGuestsPageFollows() {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId);
        ConsoleIT.signIn(browser, f.adminEmail);
        browser.waitForText(By.id("my-role"), "admin");
        browser.click(By.id("edit-event"));
        browser.choose(By.id("event-language"), "Hebrew (right to left)");
        browser.choose(By.id("event-maybe"), "Yes, no or maybe");
        browser.script("arguments[0].value = '2031-09-01T20:00'", browser.waitFor(By.id("event-deadline")));
        browser.type(By.id("event-rsvp-message"), "Dress code: white");
        browser.type(By.id("event-rsvp-contact"), "Dana, 050-555-0100");
        browser.type(By.id("event-invitation-expiry"), "30");
        audit(browser, "console, event form with the RSVP settings");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.gone(By.cssSelector("usher-event-form dialog[open]"));

        JsonObject event = ok(f.admin.get(f.events("")));
        assertThat(event.getString("language")).isEqualTo("he");
        assertThat(event.getBoolean("rsvpAllowsMaybe")).isTrue();
        assertThat(event.getString("rsvpDeadline")).startsWith("2031-09-0");
        assertThat(event.getString("rsvpMessage")).isEqualTo("Dress code: white");
        assertThat(event.getString("rsvpContact")).isEqualTo("Dana, 050-555-0100");
        assertThat(event.getInt("invitationExpiryDays")).isEqualTo(30);
        JsonObject page = ok(RsvpLinks.guestClient().get(RsvpLinks.page(RsvpLinks.token(link(f.admin, f, f.guestId)))));
        assertThat(page.getString("direction")).isEqualTo("rtl");
        assertThat(page.getJsonArray("choices")).hasSize(3);

        // Opened again, the form shows what was saved, and saving it unchanged changes nothing.
        browser.click(By.id("edit-event"));
        assertThat(browser.waitFor(By.id("event-deadline")).getAttribute("value")).startsWith("2031-09-01T20:00");
        assertThat(browser.waitFor(By.id("event-invitation-expiry")).getAttribute("value")).isEqualTo("30");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.gone(By.cssSelector("usher-event-form dialog[open]"));
        assertThat(ok(f.admin.get(f.events(""))).getString("rsvpDeadline")).isEqualTo(event.getString("rsvpDeadline"));

        // A nonsense default is refused at its field, and emptied it means no expiry.
        browser.click(By.id("edit-event"));
        browser.type(By.id("event-invitation-expiry"), "0");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.waitForText(By.id("event-invitation-expiry-error"), "greater than or equal to 1");
        browser.type(By.id("event-invitation-expiry"), "");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.gone(By.cssSelector("usher-event-form dialog[open]"));
        assertThat(ok(f.admin.get(f.events(""))).containsKey("invitationExpiryDays")).isFalse();
    }

    /**
     * A browser whose viewport is a 390 px phone's: headless Chromium keeps a window at least 500 px wide,
     * so the device metrics are set through the DevTools protocol, as a phone's would be.
     */
    private Browser phone() {
        Browser browser = browsers.open(500, 844);
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        return browser;
    }

    private static void audit(Browser browser, String page) {
        List<Axe.Violation> found = Axe.audit(browser);
        found.forEach(v -> System.out.println("axe on " + page + ": " + v));
        assertThat(found.stream().filter(Axe.Violation::serious).toList()).as(page).isEmpty();
    }
}
