package dev.usher.it.messaging;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static dev.usher.it.console.ConsoleIT.signIn;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.WhatsAppCalls.guest;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp tab in a real browser, against the local Graph API stand-in: a text to one
 * guest and the history that shows it sent, a refusal shown as the server's problem, a
 * broadcast's progress and totals, and the explicit resend of a message left in doubt.
 */
class ConsoleWhatsAppIT extends ArquillianIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aMemberSendsATextToAGuestAndSeesItSentInTheHistory() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Dana", phone);
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/whatsapp");
        signIn(browser, f.viewerEmail);
        chooseGuest(browser, "send-guest", "Dana", guestId);
        browser.type(By.id("send-text"), "Hi {firstName}, see you at {eventName}!");
        browser.click(By.id("send-message"));
        browser.waitForText(By.cssSelector("usher-send-form .send-result"), "Sent to " + phone + ": sent.");

        List<GraphApiStub.Request> requests = GRAPH.requestsTo(phone);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).json().getJsonObject("text").getString("body")).isEqualTo("Hi Dana, see you at Fixture event!");
        By row = By.cssSelector("table.messages tr[data-state=sent]");
        browser.waitForText(row, "Hi Dana, see you at Fixture event!");
        browser.waitForText(row, "Dana Cohen");
        assertThat(browser.text(row)).contains(phone);
        browser.screenshot("30-whatsapp-sent");
        browser.scrollTo(By.id("history-title"));
        browser.screenshot("31-whatsapp-history");
    }

    @Test
    void aSendTheServerRefusesIsShownAsItsProblem() {
        Fixture f = Fixture.create();
        String guestId = guest(f, "Nophone", null);
        Api.Reply refused = WhatsAppCalls.sendText(f.editor, f, guestId, "Hello");
        assertThat(refused.status()).isEqualTo(422);
        String message = refused.object().getJsonArray("errors").getJsonObject(0).getString("message");
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/whatsapp");
        signIn(browser, f.editorEmail);
        chooseGuest(browser, "send-guest", "Nophone", guestId);
        browser.type(By.id("send-text"), "Hello");
        browser.click(By.id("send-message"));
        assertThat(browser.text(By.id("send-guest-error"))).isEqualTo(message);
        assertThat(browser.text(By.cssSelector("usher-send-form .problem-title"))).contains("422");
        assertThat(browser.text(By.cssSelector("usher-send-form .problem-detail"))).isEqualTo(refused.string("detail"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("send-guest");
    }

    @Test
    void aBroadcastShowsItsProgressAndItsTotalsByState() {
        Fixture f = Fixture.create();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String phone = uniquePhone();
            phones.add(phone);
            Fixture.created(f.editor.post(f.events("/guests"), "{\"firstName\":\"B" + i + "\",\"phone\":\"" + phone
                    + "\",\"side\":\"friends\"}"));
        }
        Fixture.created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Nophone\",\"side\":\"friends\"}"));
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/whatsapp");
        signIn(browser, f.editorEmail);
        browser.type(By.id("broadcast-side"), "friends");
        browser.click(By.id("broadcast-kind-template"));
        browser.type(By.id("broadcast-template-name"), "wedding_invite");
        browser.type(By.id("broadcast-template-language"), "he");
        browser.type(By.id("broadcast-template-params"), "{firstName}");
        browser.choose(By.id("broadcast-reply-1"), "yes (confirms)");
        browser.choose(By.id("broadcast-reply-2"), "no (declines)");
        browser.click(By.id("start-broadcast"));
        assertThat(browser.accept()).contains("every guest of the friends side");

        browser.waitFor(By.cssSelector("#broadcast-progress .job-progress[data-status=COMPLETED]"));
        browser.waitForText(total("sent"), "4");
        assertThat(browser.text(total("failed"))).isEqualTo("1");
        assertThat(browser.text(total("total"))).isEqualTo("5");
        WebElement bar = browser.waitFor(By.cssSelector("#broadcast-progress progress"));
        assertThat(bar.getAttribute("value")).isEqualTo("5");
        assertThat(bar.getAttribute("max")).isEqualTo("5");
        assertThat(browser.text(By.cssSelector("#broadcast-progress [data-count=sent] dd"))).isEqualTo("4");
        assertThat(browser.text(By.cssSelector("#broadcast-progress [data-count=no-phone] dd"))).isEqualTo("1");
        for (String phone : phones) {
            assertThat(GRAPH.requestsTo(phone)).as(phone).hasSize(1);
            JsonObject template = GRAPH.requestsTo(phone).get(0).json().getJsonObject("template");
            assertThat(template.getString("name")).isEqualTo("wedding_invite");
        }

        browser.scrollTo(By.id("broadcast-progress"));
        browser.screenshot("32-whatsapp-broadcast");
        browser.click(By.id("show-broadcast"));
        browser.waitForText(By.id("history-range"), "1–5 of 5");
        assertThat(browser.text(By.cssSelector("table.messages tr[data-state=failed]"))).contains("no valid phone");
        browser.screenshot("33-whatsapp-broadcast-messages");
    }

    @Test
    void aTextBroadcastMayAlsoEmailTheGuestsWhatsAppDidNotReach() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("console-fallback");
        Fixture.created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Mailonly\",\"email\":\"" + email
                + "\",\"side\":\"mail\"}"));
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/whatsapp");
        signIn(browser, f.viewerEmail);
        browser.type(By.id("broadcast-side"), "mail");
        browser.click(By.id("broadcast-kind-template"));
        assertThat(browser.waitFor(By.id("broadcast-email-fallback")).isEnabled()).isFalse();
        browser.click(By.id("broadcast-kind-text"));
        browser.waitUntil(d -> d.findElement(By.id("broadcast-email-fallback")).isEnabled());
        browser.type(By.id("broadcast-text"), "Hi {firstName}");
        browser.click(By.id("broadcast-email-fallback"));
        browser.click(By.id("start-broadcast"));
        browser.accept();

        browser.waitFor(By.cssSelector("#broadcast-progress .job-progress[data-status=COMPLETED]"));
        browser.waitForText(By.cssSelector("#broadcast-progress [data-count=emailed] dd"), "1");
        assertThat(Mailbox.to(email)).hasSize(1);
        browser.waitForText(total("sent"), "1");
        assertThat(browser.text(total("failed"))).isEqualTo("1");
    }

    @Test
    void anEditorResendsAMessageLeftInDoubtAfterAWarning() {
        Fixture f = Fixture.create();
        // A chunk's sends run a few at a time, so the guest left in doubt comes last, in the
        // broadcast's second chunk (guests are reached in id order): the first chunk's first call
        // records it as a crash long ago would have (the send recorded, no answer ever came).
        List<String> firstChunk = new ArrayList<>();
        for (int i = 0; i < WhatsAppBroadcastIT.FIRST_CHUNK; i++) {
            firstChunk.add(WhatsAppBroadcastIT.guestInOrder(f, false, "D" + i, "doubt"));
        }
        String doubtfulName = "Doubtful";
        String doubtful = WhatsAppBroadcastIT.guestInOrder(f, true, doubtfulName, "doubt");
        GRAPH.whenCalled(firstChunk.get(0), () -> Db.update("""
                INSERT INTO deliveries (id, channel, event_id, guest_id, broadcast_id, recipient, kind, state,
                                        attempts, queued_at, sending_at)
                SELECT gen_random_uuid(), 'whatsapp', g.event_id, g.id,
                       (SELECT (parameters->>'broadcastId')::uuid FROM job_runs WHERE event_id = g.event_id),
                       g.phone, 'text', 'sending', 1, now() - interval '10 minutes', now() - interval '10 minutes'
                FROM guests g WHERE g.event_id = ?::uuid AND g.phone = ?""", f.eventId, doubtful));
        JsonObject job = awaitEnd(f.editor, executionId(f.viewer.post(f.events("/whatsapp/broadcast"),
                "{\"text\":\"Hello {firstName}\",\"side\":\"doubt\"}")));
        assertThat(JobsApi.count(job, "in-doubt")).isEqualTo(1);
        assertThat(GRAPH.requestsTo(doubtful)).isEmpty();

        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/whatsapp");
        signIn(browser, f.editorEmail);
        browser.choose(By.id("history-state"), "sending");
        By row = By.cssSelector("table.messages tr[data-state=sending]");
        browser.waitForText(row, "In doubt");
        browser.waitForText(row, doubtfulName);
        browser.screenshot("34-whatsapp-in-doubt");
        browser.click(By.cssSelector("table.messages tr[data-state=sending] button.resend"));
        assertThat(browser.accept()).contains(doubtfulName).contains("twice");
        browser.waitForText(By.cssSelector("usher-message-history .live-status"), "Sent again to " + doubtfulName + ": sent.");
        assertThat(GRAPH.requestsTo(doubtful)).hasSize(1);
        browser.waitForText(By.id("history-range"), "0 messages");
        assertThat(ok(f.viewer.get(f.events("/messages?state=sent"))).getInt("total"))
                .isEqualTo(WhatsAppBroadcastIT.FIRST_CHUNK + 1);
    }

    private static By total(String state) {
        return By.cssSelector("usher-broadcast-totals [data-state='" + state + "'] dd");
    }

    /** Finds a guest by name in a guest picker and chooses them. */
    private static void chooseGuest(Browser browser, String pickerId, String name, String guestId) {
        browser.type(By.id(pickerId + "-search"), name);
        By option = By.cssSelector("#" + pickerId + " option[value='" + guestId + "']");
        browser.waitUntil(d -> !d.findElements(option).isEmpty()
                && d.findElements(By.cssSelector("#" + pickerId + " option:not([value=''])")).size() == 1);
        new Select(browser.waitFor(By.id(pickerId))).selectByValue(guestId);
    }
}
