package dev.usher.it.offline;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.DoorCodes;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.Map;

import static dev.usher.it.offline.OfflineDoorIT.invitation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two phones at the door of one event, in Chromium, with the network cut by DevTools
 * ({@code Network.emulateNetworkConditions}) in the middle of the evening: each keeps admitting
 * from its own copy of the guest list (a signed code verified with WebCrypto, a plain code by its
 * hash), exactly once per device, uploads when the network is back, and the seat both admitted
 * while apart is reported as a conflict, on the station and in the organizers' console.
 */
class OfflineStationIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void scansGoOnOfflineUploadAfterAndASeatAdmittedTwiceIsReported() {
        Fixture f = Fixture.create();
        String eli = invitation(f.eventId, "Eli Shapiro", 1);
        String dana = invitation(f.eventId, "Dana Cohen", 2);
        String eliCode = Api.baseUrl() + "/validate-invitation?token=" + DoorCodes.ofQr(eli);
        String danaPlain = Api.baseUrl() + "/validate-invitation?token=" + Invites.token(dana);

        Browser a = station(f, "Gate A");
        Browser b = station(f, "Gate B");
        assertAccessible(a, "station online at 390 px");

        // The network goes at Gate A: the station says so and goes on from its own copy.
        network(a, false);
        a.waitForText(By.id("station-mode-word"), "Offline");
        check(a, eliCode);
        a.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(a.text(By.id("station-result"))).contains("Eli").contains("Decided offline");
        a.screenshot("40-station-offline-admitted-phone");
        next(a);
        check(a, eliCode);
        a.waitForText(By.id("result-word"), "ALREADY USED");
        next(a);
        // A plain code of the older format, found by its hash; two seats: how many arrive now?
        check(a, danaPlain);
        a.waitForText(By.id("result-word"), "2 of 2 seats left");
        a.choose(By.id("seat-count"), "1");
        a.click(By.id("seat-admit"));
        a.waitForText(By.id("result-word"), "ADMITTED");
        next(a);
        // A code the station cannot verify is no code of this event, offline too.
        String forged = eliCode.substring(0, eliCode.length() - 20) + "AAAAAAAAAAAAAAAAAAAA";
        check(a, forged);
        a.waitForText(By.id("result-word"), "INVALID");
        next(a);
        a.waitForText(By.id("station-queue"), "2 admissions waiting to upload");
        assertAccessible(a, "station offline at 390 px");
        a.screenshot("41-station-offline-queue-phone");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", eli)).as("not uploaded yet")
                .isZero();

        // Gate B loses the network too, and admits Eli's one seat again: it cannot know.
        network(b, false);
        b.waitForText(By.id("station-mode-word"), "Offline");
        check(b, eliCode);
        b.waitForText(By.id("result-word"), "ADMITTED");
        next(b);

        // Back online, Gate A uploads first: its admissions stand.
        network(a, true);
        a.waitForText(By.id("station-mode-word"), "Online", Duration.ofSeconds(30));
        a.gone(By.id("station-queue"));
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", eli)).isEqualTo(1);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", dana)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE source = 'offline' AND station = 'Gate A'"
                + " AND invitation_id IN (?::uuid, ?::uuid)", eli, dana)).isEqualTo(2);

        // Gate B uploads second: the seat was taken meanwhile, and that is reported, not lost.
        network(b, true);
        b.waitForText(By.id("station-conflicts"), "1 conflict reported to the organizers", Duration.ofSeconds(30));
        assertThat(b.text(By.id("station-mode-word"))).isEqualTo("Online");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", eli)).isEqualTo(1);

        JsonArray conflicts = f.viewer.get(f.events("/door/conflicts")).array();
        assertThat(conflicts).hasSize(1);
        JsonObject conflict = conflicts.getJsonObject(0);
        assertThat(conflict.getString("invitationId")).isEqualTo(eli);
        assertThat(conflict.getJsonObject("offline").getString("station")).isEqualTo("Gate B");
        JsonObject honoured = conflict.getJsonArray("honoured").getJsonObject(0);
        assertThat(honoured.getString("station")).isEqualTo("Gate A");
        assertThat(honoured.getString("device")).as("two devices")
                .isNotEqualTo(conflict.getJsonObject("offline").getString("device"));

        // Online again, the server decides: Eli's code is used up, Dana's second seat is still free.
        check(a, eliCode);
        a.waitForText(By.id("result-word"), "ALREADY USED");
        assertThat(a.text(By.id("station-result"))).doesNotContain("Decided offline");
        next(a);

        // The organizers' console shows the conflict, on a phone too.
        a.go("/#/events/" + f.eventId + "/door");
        a.waitFor(By.id("door-conflicts"));
        assertThat(a.text(By.id("door-conflicts"))).contains("Eli Shapiro").contains("Gate B").contains("Gate A")
                .contains("the seats had been used already");
        assertAccessible(a, "door conflicts at 390 px");
        a.screenshot("42-door-conflicts-phone");
    }

    @Test
    void anExpiredCodeIsRefusedOfflineFromTheKitsInstant() {
        Fixture f = Fixture.create();
        String noa = invitation(f.eventId, "Noa Levi", 1);
        // Expired before the station fetched its kit: the kit carries the instant, not a verdict.
        Db.update("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ?::uuid", noa);
        String signed = Api.baseUrl() + "/validate-invitation?token=" + DoorCodes.ofQr(noa);
        String plain = Api.baseUrl() + "/validate-invitation?token=" + Invites.token(noa);

        Browser a = station(f, "Gate C");
        network(a, false);
        a.waitForText(By.id("station-mode-word"), "Offline");
        for (String code : new String[] {signed, plain}) {
            check(a, code);
            a.waitForText(By.id("result-word"), "EXPIRED");
            assertThat(a.driver().findElement(By.id("station-result")).getAttribute("data-outcome")).isEqualTo("expired");
            assertThat(a.text(By.id("station-result"))).contains("Noa").contains("Decided offline");
            next(a);
        }
        assertAccessible(a, "an expired code offline at 390 px");
        assertThat(a.present(By.id("station-queue"))).as("nothing queued to upload").isFalse();
        a.screenshot("station-offline-expired-phone");
        network(a, true);
        a.waitForText(By.id("station-mode-word"), "Online", Duration.ofSeconds(30));
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", noa)).isZero();
        assertThat(Db.count("SELECT count(*) FROM offline_scans WHERE invitation_id = ?::uuid", noa)).isZero();
    }

    /** A phone-sized station for the fixture's event, set up by its admin, holding the event's kit. */
    private Browser station(Fixture f, String name) {
        Browser browser = browsers.open(390, 844);
        browser.go("/#/station");
        ConsoleIT.signIn(browser, f.adminEmail);
        browser.type(By.id("station-name"), name);
        browser.choose(By.id("station-event"), "Fixture event");
        browser.click(By.id("station-start"));
        browser.waitForText(By.id("station-event-name"), "Fixture event");
        browser.waitFor(By.id("station-kit-time"));
        assertThat(browser.text(By.id("station-mode-word"))).isEqualTo("Online");
        return browser;
    }

    /** DevTools' network emulation: offline cuts every request of this browser, the page sees navigator.onLine. */
    private static void network(Browser browser, boolean on) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void check(Browser browser, String code) {
        browser.type(By.id("station-code"), code);
        browser.click(By.id("station-check"));
    }

    private static void next(Browser browser) {
        browser.click(By.id("result-next"));
        browser.gone(By.id("station-result"));
    }

    private static void assertAccessible(Browser browser, String what) {
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations", what).isEmpty();
    }
}
