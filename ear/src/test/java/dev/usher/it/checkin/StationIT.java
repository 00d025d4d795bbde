package dev.usher.it.checkin;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.browsers.FakeCamera;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanning station in a real browser, sized like a phone: the camera (Chromium's fake
 * capture device playing a video of the invitation's QR code), a typed code, a hand scanner
 * typing like a keyboard, a retry after a lost answer, refusals; and the public page the QR
 * code's link opens. Every admission is checked in the database.
 */
class StationIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theCameraAdmitsACodeAndThenSaysItIsAlreadyUsed() {
        Fixture fixture = Fixture.create();
        JsonObject invitation = Invites.draft(fixture.eventId, 1);
        String id = invitation.getString("id");
        Path video = FakeCamera.showing(Invites.SUPER_ADMIN.bytes("/api/admin/official-invitations/" + id + "/qr.png"),
                "station-" + id);
        Browser browser = browsers.open(390, 844, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video);
        browser.go("/#/station");
        ConsoleIT.signIn(browser, Api.uniqueEmail("door"), "scanner");
        browser.waitFor(By.id("station-setup"));
        browser.screenshot("11-station-setup-phone");
        browser.type(By.id("station-name"), "Gate A");
        browser.click(By.id("station-start"));

        // The first camera result waits for the fake camera to start and ZXing (in the page) to read
        // a frame: once over 45 s in a CI run while Keycloak started beside it on two cores, and once
        // over 120 s. Two waits, so a failure says which half was slow (the page's text comes with it).
        browser.waitForText(By.id("camera-state"), "Scanning", java.time.Duration.ofMinutes(2));
        browser.waitForText(By.id("result-word"), "ADMITTED", java.time.Duration.ofMinutes(3));
        assertThat(browser.text(By.id("result-name"))).isEqualTo("Dana");
        assertThat(browser.text(By.id("station-result"))).contains("1 seat");
        assertThat(browser.driver().findElement(By.id("station-live")).getAttribute("textContent")).startsWith("ADMITTED. Dana");
        browser.screenshot("12-station-admitted-phone");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome = 'admitted'"
                + " AND station = 'Gate A' AND device_info->>'input' = 'camera'", id)).isEqualTo(1);

        // The code stays in front of the camera: once the result has cleared, the station reads it again.
        browser.waitForText(By.id("result-word"), "ALREADY USED");
        assertThat(browser.text(By.id("station-result"))).contains("at Gate A").contains("Dana");
        browser.screenshot("13-station-already-used-phone");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(1);
        browser.click(By.id("result-next"));
        browser.gone(By.id("station-result"));
        assertThat(browser.text(By.id("camera-state"))).contains("Scanning");
        assertThat(browser.text(By.id("station-history"))).contains("ALREADY USED · Dana").contains("ADMITTED · Dana");
        browser.screenshot("16-station-scanning-phone");
    }

    @Test
    void aTypedCodeAndAHandScannerAreCheckedLikeACameraScan() {
        String first = Invites.draft(null, 1).getString("id");
        String second = Invites.draft(null, 1).getString("id");
        Browser browser = stationAs(Api.uniqueEmail("door"), "Gate B", "scanner");
        // This browser has no camera: typed and hand-scanned codes work all the same.
        browser.type(By.id("station-code"), link(first));
        browser.click(By.id("station-check"));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        browser.click(By.id("result-next"));
        browser.gone(By.id("station-result"));

        browser.type(By.id("station-code"), Invites.token(first));
        browser.click(By.id("station-check"));
        browser.waitForText(By.id("result-word"), "ALREADY USED");
        assertThat(browser.text(By.id("station-result"))).contains("at Gate B");
        browser.click(By.id("result-next"));
        browser.gone(By.id("station-result"));

        // A hand scanner types the whole link within milliseconds and presses Enter, focus anywhere.
        assertThat(browser.script("return document.activeElement.tagName")).isNotEqualTo("INPUT");
        browser.script("""
                const keys = [...arguments[0]].concat(['Enter']);
                const target = document.activeElement || document.body;
                for (const key of keys) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
                """, link(second));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome = 'admitted'"
                + " AND device_info->>'input' = 'scanner'", second)).isEqualTo(1);
        assertThat(browser.text(By.id("station-history"))).contains("ADMITTED").contains("ALREADY USED");
    }

    @Test
    void anAnswerLostOnTheWayIsAskedForAgainWithTheSameNonceAndAdmitsOnce() {
        String id = Invites.draft(null, 2).getString("id");
        Browser browser = stationAs(Api.uniqueEmail("door"), "Gate C", "scanner");
        // The first answer to a check-in is lost after the server wrote it, as on a dropped connection.
        browser.script("""
                const real = window.fetch;
                let dropped = false;
                window.fetch = async (url, init) => {
                  const response = await real(url, init);
                  // The admission itself (with the count chosen), not the question how many arrive.
                  if (!dropped && String(url).endsWith('/api/check-ins') && JSON.parse(init.body).seats) {
                    dropped = true;
                    throw new TypeError('connection lost');
                  }
                  return response;
                };
                """);
        browser.type(By.id("station-code"), link(id));
        browser.click(By.id("station-check"));
        browser.waitForText(By.id("result-word"), "2 of 2 seats left");
        browser.click(By.id("seat-admit"));
        // A retry with a fresh nonce would be answered "already used"; the same nonce gets the first answer.
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(browser.text(By.id("result-seats"))).isEqualTo("2 seats now");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", id)).isEqualTo(1);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
    }

    @Test
    void revokedForeignAndMalformedCodesAreInvalidWithTheReason() {
        Fixture door = Fixture.create();
        Fixture elsewhere = Fixture.create();
        String revoked = Invites.draft(door.eventId, 1).getString("id");
        assertThat(Invites.SUPER_ADMIN.delete("/api/admin/official-invitations/" + revoked).status()).isEqualTo(204);
        String foreign = Invites.draft(elsewhere.eventId, 1).getString("id");

        // An event's admin guards their own door (no scanner role needed there).
        Browser browser = eventStation(door.adminEmail, "Side door");

        check(browser, link(revoked));
        browser.waitForText(By.id("result-word"), "INVALID");
        assertThat(browser.text(By.id("station-result"))).contains("revoked");
        next(browser);

        check(browser, link(foreign));
        browser.waitForText(By.id("result-word"), "INVALID");
        assertThat(browser.text(By.id("station-result"))).contains("another event");
        next(browser);

        check(browser, "https://elsewhere.example/not-a-code");
        browser.waitForText(By.id("result-word"), "INVALID");
        assertThat(browser.text(By.cssSelector("#station-result .problem"))).contains("422").contains("not an invitation code");
        browser.screenshot("14-station-invalid-phone");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome = 'revoked'", revoked))
                .isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome = 'wrong-event'", foreign))
                .isEqualTo(1);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", foreign)).isZero();

        // The station remembers itself on this device.
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector("main h1"), "Side door");
    }

    @Test
    void anExpiredCodeHasAScreenOfItsOwnAtPhoneAndDesktopWidthAndAdmitsNoOne() {
        Fixture door = Fixture.create();
        String expired = Invites.draft(door.eventId, 1).getString("id");
        String current = Invites.draft(door.eventId, 1).getString("id");
        // Expiry set on the rows: one passed an hour ago, one tomorrow.
        Db.update("UPDATE invitations SET expires_at = now() - interval '1 hour' WHERE id = ?::uuid", expired);
        Db.update("UPDATE invitations SET expires_at = now() + interval '1 day' WHERE id = ?::uuid", current);

        for (int width : new int[] {390, 1280}) {
            Browser browser = eventStation(door.adminEmail, "Main door " + width, width);
            check(browser, link(expired));
            browser.waitForText(By.id("result-word"), "EXPIRED");
            assertThat(browser.driver().findElement(By.id("station-result")).getAttribute("data-outcome"))
                    .isEqualTo("expired");
            assertThat(browser.text(By.id("station-result"))).contains("Dana").contains("has expired")
                    .doesNotContain("INVALID");
            browser.screenshot("station-expired-" + width);
            assertAccessible(browser, "an expired code at " + width + " px");
            next(browser);
        }
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome = 'expired'"
                + " AND seats_admitted = 0", expired)).isEqualTo(2);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", expired)).isZero();

        // The QR code's public page says so too, and when a valid one expires.
        Browser browser = browsers.open(390, 844);
        browser.go("/validate-invitation?token=" + Invites.token(expired));
        browser.waitForText(By.id("validate-word"), "Not valid");
        assertThat(browser.text(By.id("validate-reason"))).contains("has expired");
        browser.go("/validate-invitation?token=" + Invites.token(current));
        browser.waitForText(By.id("validate-word"), "Valid invitation");
        assertThat(browser.text(By.id("validate-expiry"))).startsWith("Valid until");

        browser = eventStation(door.adminEmail, "Side door");
        check(browser, link(current));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", current)).isEqualTo(1);
    }

    @Test
    void theLinkInTheQrCodeOpensThePublicCheckWhichDoesNotUseTheCode() {
        Fixture fixture = Fixture.create();
        String valid = Invites.draft(fixture.eventId, 1).getString("id");
        Browser browser = browsers.open(390, 844);
        browser.go("/validate-invitation?token=" + Invites.token(valid));
        browser.waitForText(By.id("validate-word"), "Valid invitation");
        assertThat(browser.text(By.id("validate-name"))).isEqualTo("Dana");
        assertThat(browser.text(By.id("validate-event"))).isEqualTo("Fixture event");
        assertThat(browser.text(By.id("validate-result"))).doesNotContain("@");
        browser.screenshot("15-validate-invitation-phone");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", valid)).isZero();
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", valid)).isZero();

        assertThat(Invites.SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(valid), "Gate A", null, null, null))
                .status()).isEqualTo(200);
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("validate-word"), "Not valid");
        assertThat(browser.text(By.id("validate-reason"))).contains("already been used");

        browser.go("/validate-invitation?token=not*a*token");
        assertThat(browser.text(By.cssSelector("usher-problem .problem"))).contains("400");
    }

    @Test
    void aPartyOfTwoIsAskedHowManyArriveAndTheSecondArrivalIsGreenNotAlreadyUsed() {
        Fixture door = Fixture.create();
        String id = DoorIT.invitation(door.eventId, "Dana Cohen", null, 2);
        Browser browser = eventStation(door.adminEmail, "Main door");

        check(browser, link(id));
        browser.waitForText(By.id("result-word"), "2 of 2 seats left");
        assertThat(browser.driver().findElement(By.id("station-result")).getAttribute("data-outcome")).isEqualTo("choose");
        assertThat(browser.text(By.id("result-name"))).isEqualTo("Dana");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", id)).isZero();
        browser.choose(By.id("seat-count"), "1");
        browser.screenshot("17-station-how-many-phone");
        assertAccessible(browser, "the seat count question");
        browser.click(By.id("seat-admit"));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(browser.text(By.id("result-seats"))).isEqualTo("1 seat now");
        assertThat(browser.text(By.id("station-result"))).contains("1 of 2 seats left on this code");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(1);
        next(browser);

        // The rest of the party: green, one of two seats left, not ALREADY USED.
        check(browser, link(id));
        browser.waitForText(By.id("result-word"), "1 of 2 seats left");
        assertThat(browser.driver().findElement(By.id("station-result")).getAttribute("data-outcome")).isEqualTo("choose");
        assertThat(browser.driver().findElement(By.id("station-result")).getCssValue("background-color"))
                .isEqualTo("rgba(30, 107, 52, 1)");
        assertThat(browser.text(By.id("station-result"))).contains("Part of this party has arrived already");
        browser.screenshot("18-station-second-arrival-phone");
        browser.click(By.id("seat-admit"));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        next(browser);

        check(browser, link(id));
        browser.waitForText(By.id("result-word"), "ALREADY USED");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome = 'admitted'",
                id)).isEqualTo(2);
    }

    @Test
    void aGuestWithoutTheirCodeIsFoundByPhoneAdmittedByHandAndTheAdmissionUndone() {
        Fixture door = Fixture.create();
        String id = DoorIT.invitation(door.eventId, "Avigail Mizrahi", "+972541234567", 1);
        Browser browser = eventStation(door.adminEmail, "Desk");

        browser.type(By.id("door-q"), "054-123-4567");
        browser.click(By.id("door-find"));
        browser.waitForText(By.id("door-results"), "Avigail Mizrahi");
        assertThat(browser.text(By.id("door-results"))).contains("1 of 1 seats left");
        browser.screenshot("19-station-found-by-phone");
        assertAccessible(browser, "the name search's results");
        browser.click(By.cssSelector("#door-results .door-admit"));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(browser.text(By.id("result-name"))).isEqualTo("Avigail");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND source = 'manual'"
                + " AND outcome = 'admitted' AND station = 'Desk'", id)).isEqualTo(1);
        next(browser);
        browser.waitForText(By.id("door-results"), "All 1 arrived");

        browser.waitForText(By.id("station-undo"), "Avigail");
        browser.click(By.id("station-undo-button"));
        browser.waitForText(By.id("station-undo-notice"), "Undone: 1 seat");
        assertThat(browser.present(By.id("station-undo"))).isFalse();
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isZero();
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND reverted_at IS NOT NULL",
                id)).isEqualTo(1);
        browser.waitForText(By.id("door-results"), "1 of 1 seats left");
    }

    @Test
    void theAnswerWarnsOfADeclinedGuestAndShowsTheOrganizersDoorNote() {
        Fixture door = Fixture.create();
        Fixture.ok(door.admin.patch(door.events("/guests/" + door.guestId), "{\"email\":\"" + Api.uniqueEmail("noa") + "\"}"));
        String id = Fixture.ok(door.admin.post(door.events("/invitations"), "{\"guestIds\":[\"" + door.guestId
                + "\"],\"send\":false}")).getJsonArray("invitations").getJsonObject(0).getString("id");
        Fixture.ok(door.admin.patch(door.events("/guests/" + door.guestId), "{\"status\":\"declined\"}"));
        Fixture.ok(door.editor.send("PUT", door.events("/guests/" + door.guestId + "/door-note"),
                "{\"doorNote\":\"Wheelchair: seat near the exit\"}", "application/json"));
        Browser browser = eventStation(door.adminEmail, "Gate D");

        check(browser, link(id));
        browser.waitForText(By.id("result-word"), "ADMITTED");
        assertThat(browser.text(By.id("result-name"))).isEqualTo("Noa");
        assertThat(browser.text(By.cssSelector("#result-seats .seat-count"))).isEqualTo("1");
        assertThat(browser.text(By.id("station-result"))).contains("This guest declined the invitation")
                .contains("Note: Wheelchair: seat near the exit");
        browser.screenshot("21-station-declined-with-note-phone");
        assertAccessible(browser, "an admission with warnings");
    }

    @Test
    void aPermissionProblemIsToldAtSetupAndDuringScanningNeverAsInvalid() {
        Fixture door = Fixture.create();
        String id = Invites.draft(door.eventId, 1).getString("id");
        Browser browser = setUpStation(door.editorEmail, "Gate E");
        browser.waitForText(By.cssSelector("#station-setup .problem"), "you are an editor");
        assertThat(browser.text(By.cssSelector("#station-setup .problem"))).contains("403");
        browser.screenshot("20-station-setup-refused-phone");
        assertAccessible(browser, "a refused setup");
        assertThat(browser.present(By.id("station-code"))).isFalse();

        // A device set up earlier by someone else, opened by this editor: told so, and a scan is NOT ALLOWED.
        browser.script("localStorage.setItem('usher.station', JSON.stringify({station: 'Gate E', eventId: arguments[0],"
                + " eventName: 'Fixture event'}))", door.eventId);
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("station-access-problem"), "you are an editor");
        check(browser, link(id));
        browser.waitForText(By.id("result-word"), "NOT ALLOWED");
        assertThat(browser.driver().findElement(By.id("station-result")).getAttribute("data-outcome")).isEqualTo("forbidden");
        assertThat(browser.text(By.id("station-result"))).doesNotContain("INVALID").contains("403");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isZero();
    }

    private static void assertAccessible(Browser browser, String what) {
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations", what).isEmpty();
    }

    /** A station at the door of one event, set up by a member (an admin of it may admit). */
    private Browser eventStation(String email, String station) {
        return eventStation(email, station, 390);
    }

    private Browser eventStation(String email, String station, int width) {
        Browser browser = setUpStation(email, station, width);
        browser.waitForText(By.id("station-event-name"), "Fixture event");
        return browser;
    }

    /** Signs in on a phone-sized browser and sets up a station for the fixture's event (not waiting for the answer). */
    private Browser setUpStation(String email, String station) {
        return setUpStation(email, station, 390);
    }

    private Browser setUpStation(String email, String station, int width) {
        Browser browser = browsers.open(width, 844);
        browser.go("/#/station");
        ConsoleIT.signIn(browser, email);
        browser.type(By.id("station-name"), station);
        browser.choose(By.id("station-event"), "Fixture event");
        browser.click(By.id("station-start"));
        return browser;
    }

    private Browser stationAs(String email, String station, String... groups) {
        Browser browser = browsers.open(390, 844);
        browser.go("/#/station");
        ConsoleIT.signIn(browser, email, groups);
        browser.type(By.id("station-name"), station);
        browser.click(By.id("station-start"));
        browser.waitForText(By.cssSelector("main h1"), station);
        return browser;
    }

    private static void check(Browser browser, String code) {
        browser.type(By.id("station-code"), code);
        browser.click(By.id("station-check"));
    }

    private static void next(Browser browser) {
        browser.click(By.id("result-next"));
        browser.gone(By.id("station-result"));
    }

    private static String link(String invitationId) {
        return Api.baseUrl() + "/validate-invitation?token=" + Invites.token(invitationId);
    }
}
