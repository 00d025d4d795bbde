package dev.usher.it.webhooks;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.browsers.PhoneFit;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event's Webhooks section in Chromium, on a desktop and on a 390 px phone: an admin's bad
 * input is shown on its fields, a subscription to a real receiver is added and its secret shown once,
 * an RSVP change appears delivered in its log (the payload on request), Redeliver queues a new
 * delivery that the receiver gets too, and the subscription is deleted. Editors have no such section.
 * axe-core finds nothing serious on any of these screens, and on the phone nothing is out of reach.
 */
class WebhooksConsoleIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final By SECRET_TITLE = By.id("webhook-secret-title");
    private static final By DELIVERIES = By.cssSelector("#webhook-deliveries > li");

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void anAdminSubscribesSeesTheDeliveryAndRedeliversIt(int width, int height) throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Browser browser = browsers.open(width, height);
            browser.go("/#/events/" + f.eventId + "/webhooks");
            ConsoleIT.signIn(browser, f.adminEmail);
            browser.waitFor(By.id("webhooks-none"));
            // The types are the server's: each one it knows is a checkbox.
            List<String> known = f.admin.get("/api/webhook-types").array().getValuesAs(JsonString::getString);
            assertThat(known).contains("guest.rsvp_changed");
            assertThat(browser.driver().findElements(By.cssSelector("#webhook-types input[type=checkbox]")))
                    .extracting(e -> e.getAttribute("value")).containsExactlyElementsOf(known);
            check(browser, width, "the empty Webhooks section");

            // No type, then a URL that is not one: each is said on its field, and nothing is written.
            browser.type(By.id("webhook-url"), "not a url");
            browser.click(By.id("webhook-submit"));
            browser.waitFor(By.id("webhook-types-error"));
            check(browser, width, "the form's field error");
            browser.click(By.id("webhook-type-guest-rsvp-changed"));
            browser.click(By.id("webhook-submit"));
            browser.waitFor(By.id("webhook-url-error"));
            assertThat(browser.present(By.id("webhook-types-error"))).isFalse();
            assertThat(Db.count("SELECT count(*) FROM webhook_subscriptions WHERE event_id = ?::uuid", f.eventId)).isZero();

            browser.type(By.id("webhook-url"), receiver.url());
            browser.click(By.id("webhook-submit"));
            browser.waitForText(SECRET_TITLE, "Copy it now, it will not be shown again");
            String secret = browser.text(By.id("webhook-secret"));
            assertThat(secret).startsWith("whsec_");
            // Stored sealed (the test servers have USHER_SECRETS_KEY); that it is the signing secret is
            // shown below, by the receiver verifying every delivery with it.
            assertThat(Db.text("SELECT secret FROM webhook_subscriptions WHERE event_id = ?::uuid", f.eventId))
                    .startsWith("enc1:").doesNotContain(secret.substring("whsec_".length()));
            receiver.secret(secret);
            browser.waitForText(By.id("webhooks"), receiver.url());
            assertThat(browser.text(By.id("webhooks"))).contains("active").contains("RSVP changed");
            check(browser, width, "the secret shown once");
            browser.click(By.id("webhook-secret-done"));
            browser.gone(SECRET_TITLE);

            // Shown once: the page opened again lists the subscription without its secret.
            browser.go("/#/events/" + f.eventId + "/guests");
            browser.go("/#/events/" + f.eventId + "/webhooks");
            browser.waitForText(By.id("webhooks"), receiver.url());
            assertThat(browser.text(By.tagName("main"))).doesNotContain(secret);

            browser.click(By.cssSelector("#webhooks .show-deliveries"));
            browser.waitFor(By.id("webhook-deliveries-none"));
            ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            // The open log follows the queue without a reload.
            browser.waitFor(By.cssSelector("#webhook-deliveries > li[data-state='delivered']"));
            assertThat(receiver.await(1)).hasSize(1).allMatch(WebhookReceiver.Received::verified);
            String first = browser.text(By.cssSelector("#webhook-deliveries > li"));
            assertThat(first).contains("delivered").contains("HTTP 200");
            browser.click(By.cssSelector("#webhook-deliveries .webhook-payload > summary"));
            assertThat(browser.text(By.cssSelector("#webhook-deliveries .webhook-payload pre")))
                    .contains("\"guestId\": \"" + f.guestId + "\"").contains("\"to\": \"confirmed\"");
            check(browser, width, "the delivery log with a payload open");
            browser.scrollTo(By.id("webhook-deliveries"));
            browser.screenshot("webhooks-log-" + width);

            browser.click(By.cssSelector("#webhook-deliveries .redeliver"));
            browser.waitForText(By.cssSelector("usher-webhook-deliveries .live-status"), "Queued again");
            browser.waitUntil(d -> d.findElements(By.cssSelector("#webhook-deliveries > li[data-state='delivered']"))
                    .size() == 2);
            assertThat(browser.driver().findElements(DELIVERIES)).hasSize(2);
            assertThat(browser.text(By.cssSelector("#webhook-deliveries > li:first-child")))
                    .contains("sent again on request");
            List<WebhookReceiver.Received> got = receiver.await(2);
            assertThat(got).hasSize(2).allMatch(WebhookReceiver.Received::verified);
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            assertThat(got.get(1).deliveryId()).isNotEqualTo(got.get(0).deliveryId());
            check(browser, width, "the log after a redelivery");

            browser.click(By.cssSelector("#webhooks .delete-webhook"));
            assertThat(browser.accept()).contains("Delete the webhook to " + receiver.url());
            browser.waitFor(By.id("webhooks-none"));
            assertThat(browser.present(By.id("webhook-deliveries"))).isFalse();
            assertThat(Db.count("SELECT count(*) FROM webhook_subscriptions WHERE event_id = ?::uuid", f.eventId)).isZero();
        }
    }

    @Test
    void anEditorHasNoWebhooksSection() {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/webhooks");
        ConsoleIT.signIn(browser, f.editorEmail);
        browser.waitForText(By.cssSelector("usher-webhooks-panel"), "Webhooks are for the event's admins.");
        assertThat(browser.present(By.id("tab-webhooks"))).isFalse();
        assertThat(browser.present(By.id("tab-reminders"))).as("the editor's own tabs are there").isTrue();
        assertThat(browser.present(By.id("webhook-form"))).isFalse();
    }

    /** axe-core at every width; on the phone also nothing wider than it and every control in reach. */
    private static void check(Browser browser, int width, String what) {
        if (width < 500) {
            PhoneFit.assertFits(browser, what);
        } else {
            assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                    .as("%s: serious accessibility violations", what).isEmpty();
        }
    }
}
