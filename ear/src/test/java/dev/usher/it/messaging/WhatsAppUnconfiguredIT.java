package dev.usher.it.messaging;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.ServerConfiguration;
import dev.usher.it.support.servers.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.usher.it.support.fixtures.WhatsAppCalls.guest;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sendText;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default, WhatsApp not configured, on the real server. Usher reads its WhatsApp
 * settings at each call, so this test unsets them the way an operator could without a restart:
 * a configDropins override that blanks WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID
 * (Liberty's server variables outrank the environment in MicroProfile Config, and a blank value
 * counts as unset). It waits for Liberty to report the configuration applied, checks, and
 * removes the override again, waiting for that too. The console, in a real browser, keeps its
 * WhatsApp tab and shows the problem naming the missing settings.
 */
class WhatsAppUnconfiguredIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String OVERRIDE = """
            <server>
                <variable name="whatsapp.access-token" value=" "/>
                <variable name="whatsapp.phone-number-id" value=" "/>
                <variable name="whatsapp.app-secret" value=" "/>
                <variable name="whatsapp.verify-token" value=" "/>
            </server>
            """;

    @Test
    void withoutSettingsASendIs503NamingThemAndNothingIsRecordedOrSent() throws Exception {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Dana", phone);

        Path override = Path.of(System.getProperty("usher.it.serverDir"), "configDropins", "overrides",
                "whatsapp-unset-by-test.xml");
        ServerConfiguration.apply(() -> Files.writeString(override, OVERRIDE));
        try {
            Api.Reply reply = sendText(f.viewer, f, guestId, "Hello");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.string("detail")).contains("not configured")
                    .contains("WHATSAPP_ACCESS_TOKEN").contains("WHATSAPP_PHONE_NUMBER_ID");
            assertThat(reply.object().getJsonArray("settings").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString)
                    .containsExactly("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID");
            assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", guestId)).isZero();
            assertThat(TestEnvironment.graphApi().requestsTo(phone)).isEmpty();

            Api.Reply handshake = Api.anonymous().get(WhatsAppCalls.WEBHOOK + "?hub.mode=subscribe&hub.verify_token=x"
                    + "&hub.challenge=1");
            assertThat(handshake.status()).isEqualTo(503);
            Api.Reply callback = WhatsAppCalls.post("{}".getBytes(), "sha256=00");
            assertThat(callback.status()).isEqualTo(503);
            assertThat(callback.string("detail")).contains("WHATSAPP_APP_SECRET");
        } finally {
            ServerConfiguration.apply(() -> Files.deleteIfExists(override));
        }
        assertThat(sendText(f.viewer, f, guestId, "Hello").status()).as("configured again").isEqualTo(201);
    }

    @Test
    void theConsoleKeepsTheWhatsAppTabAndShowsTheProblemNamingTheMissingSettings() throws Exception {
        Fixture f = Fixture.create();
        String guestId = guest(f, "Dana", uniquePhone());
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/whatsapp");
        ConsoleIT.signIn(browser, f.viewerEmail);
        browser.waitFor(By.id("send-guest-search")).sendKeys("Dana");
        By option = By.cssSelector("#send-guest option[value='" + guestId + "']");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#send-guest option:not([value=''])")).size() == 1
                && !d.findElements(option).isEmpty());
        new Select(browser.waitFor(By.id("send-guest"))).selectByValue(guestId);
        browser.type(By.id("send-text"), "Hello");

        Path override = Path.of(System.getProperty("usher.it.serverDir"), "configDropins", "overrides",
                "whatsapp-unset-by-test.xml");
        ServerConfiguration.apply(() -> Files.writeString(override, OVERRIDE));
        try {
            String detail = sendText(f.viewer, f, guestId, "Hello").string("detail");
            browser.click(By.id("send-message"));
            browser.waitForText(By.cssSelector("usher-send-form .problem-detail"), detail);
            assertThat(browser.text(By.cssSelector("usher-send-form .problem-detail")))
                    .contains("WHATSAPP_ACCESS_TOKEN").contains("WHATSAPP_PHONE_NUMBER_ID");
            assertThat(browser.text(By.cssSelector("usher-send-form .problem-title"))).contains("503");
            assertThat(browser.text(By.id("tab-whatsapp"))).isEqualTo("WhatsApp");
            browser.screenshot("35-whatsapp-not-configured");
        } finally {
            ServerConfiguration.apply(() -> Files.deleteIfExists(override));
        }
    }
}
