package dev.usher.it.console;

import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;
import java.util.stream.Collectors;

import static dev.usher.it.console.ConsoleIT.signIn;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event admin manages an event in the browser: edits the event and a guest, changes a
 * member's role, removes a member, meets the last-admin rule, and deletes the event. Every change
 * is checked through the API as well as on the page.
 */
class ConsoleManagementIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theGuestListPagesForwardAndBackAndChangesItsPageSize() {
        Fixture f = Fixture.create(); // one guest already
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"firstName\":\"Pager").append(i).append("\"}");
        }
        assertThat(ok(f.editor.post(f.events("/guests/import"), rows.append("]").toString())).getInt("inserted")).isEqualTo(30);
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId);
        signIn(browser, f.viewerEmail);
        browser.waitForText(By.id("guest-range"), "1–25 of 31");
        assertThat(browser.driver().findElement(By.id("guest-prev")).isEnabled()).isFalse();
        browser.click(By.id("guest-next"));
        browser.waitForText(By.id("guest-range"), "26–31 of 31");
        assertThat(browser.driver().findElement(By.id("guest-next")).isEnabled()).isFalse();
        browser.click(By.id("guest-prev"));
        browser.waitForText(By.id("guest-range"), "1–25 of 31");
        browser.choose(By.id("guest-page-size"), "50");
        browser.waitForText(By.id("guest-range"), "1–31 of 31");
    }

    @Test
    void anAdminEditsTheEventAGuestAndTheMembersThenDeletesTheEvent() {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId);
        signIn(browser, f.adminEmail);
        browser.waitForText(By.id("my-role"), "admin");

        // The event: name, date and place.
        browser.click(By.id("edit-event"));
        browser.type(By.id("event-name"), "Dana & Noa's wedding");
        // Chromium's date widget takes typed digits in the locale's order; the form reads the value.
        browser.script("arguments[0].value = '2031-09-09'", browser.waitFor(By.id("event-date")));
        browser.type(By.id("event-location"), "Caesarea");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.gone(By.cssSelector("usher-event-form dialog[open]"));
        browser.waitForText(By.cssSelector("main h1"), "Dana & Noa's wedding");
        assertThat(browser.text(By.cssSelector("usher-event-page .page-head .muted"))).contains("Caesarea").contains("2031");
        assertThat(browser.text(By.id("my-role"))).isEqualTo("admin");
        JsonObject event = ok(f.admin.get(f.events("")));
        assertThat(event.getString("name")).isEqualTo("Dana & Noa's wedding");
        assertThat(event.getString("date")).isEqualTo("2031-09-09");
        assertThat(event.getString("location")).isEqualTo("Caesarea");

        // A guest: last name and party size; the row shows the change.
        By row = By.cssSelector("tr[data-guest-id='" + f.guestId + "']");
        browser.waitFor(row);
        browser.click(By.cssSelector("tr[data-guest-id='" + f.guestId + "'] button[aria-label='Edit Noa Levi']"));
        assertThat(browser.waitFor(By.id("guest-last")).getAttribute("value")).isEqualTo("Levi");
        browser.type(By.id("guest-last"), "Mizrahi");
        browser.type(By.id("guest-party"), "3");
        browser.type(By.id("guest-door-note"), "Wheelchair: seat near the exit");
        browser.click(By.cssSelector("usher-guest-form button[type=submit]"));
        browser.gone(By.cssSelector("usher-guest-form dialog[open]"));
        browser.waitForText(row, "Noa Mizrahi");
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector("td[data-label=Party]")).getText())
                .isEqualTo("3");
        JsonObject guest = ok(f.admin.get(f.events("/guests/" + f.guestId)));
        assertThat(guest.getString("lastName")).isEqualTo("Mizrahi");
        assertThat(guest.getInt("partySize")).isEqualTo(3);
        assertThat(guest.getString("phone")).isEqualTo("+972547654321");
        assertThat(guest.getString("doorNote")).as("the note for the door, saved with the guest").isEqualTo(
                "Wheelchair: seat near the exit");

        // Members: the viewer becomes an editor, the editor is removed.
        browser.click(By.id("tab-members"));
        new Select(browser.waitFor(roleOf(f.viewerEmail))).selectByVisibleText("editor");
        browser.waitForText(By.cssSelector("usher-members-panel .live-status"), f.viewerEmail + " is now editor.");
        assertThat(roles(f)).containsEntry(f.viewerEmail, "editor");

        browser.click(By.cssSelector("button[aria-label='Remove " + f.editorEmail + "']"));
        assertThat(browser.accept()).contains(f.editorEmail);
        browser.gone(By.cssSelector("tr[data-member='" + f.editorEmail + "']"));
        assertThat(roles(f)).doesNotContainKey(f.editorEmail).containsEntry(f.viewerEmail, "editor");

        // The only admin cannot make themself a viewer: the page shows the server's problem and keeps the role.
        String adminId = members(f).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("email").equals(f.adminEmail)).findFirst().orElseThrow().getString("userId");
        Api.Reply refused = f.admin.patch(f.events("/members/" + adminId), "{\"role\":\"viewer\"}");
        assertThat(refused.status()).isIn(409, 422);
        assertThat(refused.isProblem()).isTrue();
        new Select(browser.waitFor(roleOf(f.adminEmail))).selectByVisibleText("viewer");
        browser.waitForText(By.cssSelector("usher-members-panel .problem-detail"), refused.string("detail"));
        assertThat(browser.text(By.cssSelector("usher-members-panel .problem-title"))).contains(String.valueOf(refused.status()));
        assertThat(new Select(browser.waitFor(roleOf(f.adminEmail))).getFirstSelectedOption().getText()).isEqualTo("admin");
        assertThat(roles(f)).containsEntry(f.adminEmail, "admin");
        browser.screenshot("21-members-last-admin");

        // The event is deleted from its card on the events list, after the confirm dialog.
        browser.click(By.cssSelector("a.brand"));
        By card = By.cssSelector("li[data-event-id='" + f.eventId + "']");
        browser.waitFor(card);
        browser.click(By.cssSelector("li[data-event-id='" + f.eventId + "'] button.danger"));
        assertThat(browser.accept()).contains("Dana & Noa's wedding");
        browser.gone(card);
        assertThat(f.admin.get(f.events("")).status()).isEqualTo(404);
        assertThat(browser.present(By.cssSelector("usher-events-page .problem"))).isFalse();
    }

    @Test
    void anAdminErasesAGuestOnRequestFromThePhoneSizedList() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("forget-me");
        String guestId = Fixture.created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Forget\",\"lastName\":\"Me\","
                + "\"email\":\"" + email + "\"}")).getString("id");
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + guestId + "\"],\"send\":false}"));
        Browser browser = browsers.open(390, 844);
        browser.go("/#/events/" + f.eventId);
        signIn(browser, f.adminEmail);
        By erase = By.cssSelector("tr[data-guest-id='" + guestId + "'] button.erase");
        browser.waitFor(erase);
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("the guest list with its erase buttons at 390 px").isEmpty();

        browser.click(erase);
        browser.dismiss();
        assertThat(f.admin.get(f.events("/guests/" + guestId)).status()).as("dismissed: nothing happens").isEqualTo(200);

        browser.click(erase);
        assertThat(browser.accept()).contains("Erase Forget Me on request").contains("cannot be undone");
        browser.waitForText(By.cssSelector("usher-guest-table > .live-status"),
                "Forget Me was erased: 1 invitations and 0 messages no longer name them.");
        browser.gone(By.cssSelector("tr[data-guest-id='" + guestId + "']"));
        assertThat(f.admin.get(f.events("/guests/" + guestId)).status()).isEqualTo(404);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid AND email = ?", f.eventId, email))
                .isZero();
    }

    @Test
    void anAdminWhoStepsDownSeesWhatTheirNewRoleMayDo() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events("/members/" + f.viewerId), "{\"role\":\"admin\"}"));
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/members");
        signIn(browser, f.adminEmail);
        new Select(browser.waitFor(roleOf(f.adminEmail))).selectByVisibleText("editor");
        browser.waitForText(By.id("my-role"), "editor");
        assertThat(roles(f)).containsEntry(f.adminEmail, "editor");
        // No more admin controls that the server would now refuse.
        browser.gone(By.cssSelector("select.role"));
        assertThat(browser.present(By.id("invite-member"))).isFalse();
        assertThat(browser.present(By.id("edit-event"))).isFalse();
        assertThat(browser.present(By.id("tab-invitations"))).isFalse();
    }

    @Test
    void aRefusedDeleteShowsTheServersProblem() {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events");
        signIn(browser, f.adminEmail);
        By card = By.cssSelector("li[data-event-id='" + f.eventId + "']");
        browser.waitFor(card);
        // Someone else deletes the event meanwhile: the admin's delete gets the server's 404 problem.
        assertThat(f.admin.delete(f.events("")).status()).isEqualTo(204);
        Api.Reply gone = f.admin.delete(f.events(""));
        assertThat(gone.isProblem()).isTrue();
        assertThat(gone.string("detail")).isNotBlank();
        browser.click(By.cssSelector("li[data-event-id='" + f.eventId + "'] button.danger"));
        browser.accept();
        browser.waitForText(By.cssSelector("usher-events-page .problem-detail"), gone.string("detail"));
    }

    private static By roleOf(String email) {
        return By.cssSelector("tr[data-member='" + email + "'] select.role");
    }

    private static JsonArray members(Fixture f) {
        return f.admin.get(f.events("/members")).array();
    }

    private static Map<String, String> roles(Fixture f) {
        return members(f).stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(m -> m.getString("email"), m -> m.getString("role")));
    }
}
