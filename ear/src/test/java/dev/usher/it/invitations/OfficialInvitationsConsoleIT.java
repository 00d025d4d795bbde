package dev.usher.it.invitations;

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
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Official invitations page in a real browser: a super-admin creates and sends one,
 * finds it, reads its QR code on the details page and revokes it; everyone else is shown
 * neither the page nor its data.
 */
class OfficialInvitationsConsoleIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aSuperAdminSendsAnInvitationReadsItsQrCodeAndRevokesIt() throws Exception {
        String chief = Api.uniqueEmail("chief");
        Api api = Api.as(chief, "super-admin");
        String eventId = Fixture.created(api.post("/api/events",
                "{\"name\":\"Winter gala\",\"date\":\"2027-12-01\",\"location\":\"Jaffa\"}")).getString("id");
        String guest = Api.uniqueEmail("maya");

        Browser browser = browsers.open();
        browser.go("/");
        ConsoleIT.signIn(browser, chief, "super-admin");
        browser.click(By.id("nav-invitations"));
        browser.waitForText(By.cssSelector("main h1"), "Official invitations");
        browser.waitFor(By.id("inv-stat-sent"));

        browser.click(By.id("new-invitation"));
        browser.type(By.id("inv-name"), "Maya Barak");
        browser.type(By.id("inv-email"), guest);
        browser.type(By.id("inv-phone"), "+972 54-765-1234");
        browser.choose(By.id("inv-event"), "Winter gala");
        browser.choose(By.id("inv-type"), "vip");
        browser.type(By.id("inv-seats"), "2");
        browser.type(By.id("inv-message"), "See you at the gala");
        browser.click(By.cssSelector("usher-official-invitation-form button[type=submit]"));
        browser.waitForText(By.cssSelector("usher-official-invitations-page .live-status"), "was sent to " + guest);
        assertThat(Mailbox.await(guest, 1)).hasSize(1);

        JsonObject created = Fixture.ok(api.get("/api/admin/official-invitations?q=" + guest)).getJsonArray("items").getJsonObject(0);
        String id = created.getString("id");
        assertThat(created.getString("type")).isEqualTo("vip");
        assertThat(created.getInt("seats")).isEqualTo(2);
        assertThat(created.getString("eventName")).isEqualTo("Winter gala");
        assertThat(created.getString("phone")).isEqualTo("+972547651234");
        By row = By.cssSelector("tr[data-invitation-id='" + id + "']");
        assertThat(browser.text(row)).contains("Maya Barak").contains("Winter gala").contains("vip").contains("sent");

        // The cards show the API's totals.
        JsonObject stats = Fixture.ok(api.get("/api/admin/official-invitations/stats"));
        assertThat(browser.text(By.id("inv-stat-sent"))).isEqualTo(String.format(java.util.Locale.US, "%,d", stats.getInt("sent")));
        assertThat(browser.text(By.id("inv-stat-pending"))).isEqualTo(String.format(java.util.Locale.US, "%,d", stats.getInt("pending")));

        // Filters and search go to the server.
        browser.type(By.id("inv-filter-q"), guest);
        browser.waitForText(By.id("inv-range"), "1–1 of 1");
        browser.choose(By.id("inv-filter-status"), "pending");
        browser.waitForText(By.id("inv-range"), "0 invitations");
        browser.choose(By.id("inv-filter-status"), "sent");
        browser.choose(By.id("inv-filter-type"), "vip");
        browser.waitForText(By.id("inv-range"), "1–1 of 1");
        browser.screenshot("08-official-invitations");

        // Details: the QR code on screen holds the link with this invitation's signed door code, as the e-mail does.
        browser.click(By.cssSelector("a[aria-label='Details of " + created.getString("number") + "']"));
        browser.waitForText(By.cssSelector("main h1"), "Maya Barak");
        browser.waitFor(By.id("qr-image"));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("const i = document.getElementById('qr-image'); return i.complete && i.naturalWidth > 0;")));
        String dataUrl = (String) browser.script("""
                const img = document.getElementById('qr-image');
                const canvas = document.createElement('canvas');
                canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
                canvas.getContext('2d').drawImage(img, 0, 0);
                return canvas.toDataURL('image/png');""");
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        assertThat(DoorCodes.invitationOf(Mailbox.decodeQr(png), eventId)).isEqualTo(id);
        assertThat(browser.text(By.id("inv-seats"))).isEqualTo("0 of 2 seats used");
        assertThat(browser.text(By.id("inv-no-scans"))).isEqualTo("Not scanned yet.");

        // A scan at the door shows up in the details.
        Invites.SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(id), "Gate A", 1, null, null));
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("table.scans tbody tr"));
        assertThat(browser.text(By.cssSelector("table.scans tbody tr"))).contains("Gate A").contains("admitted");
        assertThat(browser.text(By.id("inv-seats"))).isEqualTo("1 of 2 seats used");
        browser.screenshot("09-invitation-details");

        // Revoking asks first; dismissing changes nothing.
        browser.click(By.id("inv-revoke"));
        browser.driver().switchTo().alert().dismiss();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND status = 'revoked'", id)).isZero();
        browser.click(By.id("inv-revoke"));
        assertThat(browser.driver().switchTo().alert().getText()).contains(created.getString("number"));
        browser.driver().switchTo().alert().accept();
        browser.waitForText(By.id("inv-status"), "revoked");
        assertThat(browser.present(By.id("inv-revoke"))).isFalse();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND status = 'revoked'", id)).isEqualTo(1);

        // On a phone the list becomes cards.
        browser.resize(390, 844);
        browser.go("/#/invitations");
        browser.type(By.id("inv-filter-q"), guest);
        browser.waitForText(By.id("inv-range"), "1–1 of 1");
        assertThat(browser.text(row)).contains("revoked");
        browser.screenshot("17-official-invitations-phone");
    }

    @Test
    void aDraftIsKeptPendingAndAFieldErrorIsShownNextToItsField() {
        String chief = Api.uniqueEmail("chief");
        Browser browser = browsers.open();
        browser.go("/#/invitations");
        ConsoleIT.signIn(browser, chief, "super-admin");
        browser.waitForText(By.cssSelector("main h1"), "Official invitations");

        browser.click(By.id("new-invitation"));
        browser.type(By.id("inv-name"), "Bad Address");
        browser.type(By.id("inv-email"), "not-an-address");
        browser.click(By.cssSelector("usher-official-invitation-form button[type=submit]"));
        browser.waitFor(By.id("inv-email-error"));
        assertThat(browser.waitFor(By.id("inv-email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("inv-email");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE recipient_name = 'Bad Address'")).isZero();

        String guest = Api.uniqueEmail("draft");
        browser.type(By.id("inv-email"), guest);
        browser.click(By.id("inv-send-draft"));
        browser.click(By.cssSelector("usher-official-invitation-form button[type=submit]"));
        browser.waitForText(By.cssSelector("usher-official-invitations-page .live-status"), "saved as a draft");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE email = ? AND status = 'pending'", guest)).isEqualTo(1);
        assertThat(Mailbox.to(guest)).isEmpty();
    }

    @Test
    void anExpiredInvitationSaysSoAndAResendRenewsItUntilTheChosenTime() {
        String chief = Api.uniqueEmail("chief");
        Api api = Api.as(chief, "super-admin");
        String guest = Api.uniqueEmail("late");
        String id = Fixture.created(api.post("/api/admin/official-invitations", "{\"recipientName\":\"Ron Amit\","
                + "\"email\":\"" + guest + "\",\"send\":false}")).getString("id");
        Db.update("UPDATE invitations SET expires_at = now() - interval '1 hour' WHERE id = ?::uuid", id);

        for (int width : new int[] {1280, 390}) {
            Browser browser = browsers.open(width, 900);
            browser.go("/#/invitations/" + id);
            ConsoleIT.signIn(browser, chief, "super-admin");
            browser.waitForText(By.id("inv-expires"), "expired");
            assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                    .as("invitation details with an expired code at %d px", width).isEmpty();
            browser.screenshot("invitation-expired-" + width);
            if (width == 390) {
                hoursAhead(browser, By.id("inv-renew-until"), 24);
                browser.click(By.id("inv-resend"));
                browser.waitForText(By.cssSelector("usher-invitation-page .live-status"), "Sent again to " + guest);
                browser.waitUntil(d -> !browser.text(By.id("inv-expires")).contains("expired"));
            }
        }
        assertThat(Mailbox.await(guest, 1)).hasSize(1);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid"
                + " AND expires_at BETWEEN now() + interval '23 hours' AND now() + interval '25 hours'", id)).isEqualTo(1);
        assertThat(Fixture.ok(Invites.SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(id), "Gate", null, null,
                null))).getString("outcome")).isEqualTo("admitted");
    }

    @Test
    void anExpiryIsChosenOnCreationAndChangedLaterWithoutSending() {
        String chief = Api.uniqueEmail("chief");
        String guest = Api.uniqueEmail("expiry");
        Browser browser = browsers.open(390, 844);
        browser.go("/#/invitations");
        ConsoleIT.signIn(browser, chief, "super-admin");
        browser.waitForText(By.cssSelector("main h1"), "Official invitations");

        browser.click(By.id("new-invitation"));
        browser.type(By.id("inv-name"), "Tal Oren");
        browser.type(By.id("inv-email"), guest);
        hoursAhead(browser, By.id("inv-expires"), 48);
        browser.click(By.id("inv-send-draft"));
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("the new invitation form at 390 px").isEmpty();
        browser.click(By.cssSelector("usher-official-invitation-form button[type=submit]"));
        browser.waitForText(By.cssSelector("usher-official-invitations-page .live-status"), "saved as a draft");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE email = ? AND status = 'pending'"
                + " AND expires_at BETWEEN now() + interval '47 hours' AND now() + interval '49 hours'", guest)).isEqualTo(1);

        String id = Db.text("SELECT id::text FROM invitations WHERE email = ?", guest);
        browser.go("/#/invitations/" + id);
        browser.waitFor(By.id("inv-expiry-form"));
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("the invitation page with its expiry form at 390 px").isEmpty();
        hoursAhead(browser, By.id("inv-expiry"), 72);
        browser.click(By.id("inv-expiry-save"));
        browser.waitForText(By.cssSelector("usher-invitation-page .live-status"), "now admits until");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND status = 'pending'"
                + " AND expires_at BETWEEN now() + interval '71 hours' AND now() + interval '73 hours'", id)).isEqualTo(1);

        browser.script("arguments[0].value = '';", browser.waitFor(By.id("inv-expiry")));
        browser.click(By.id("inv-expiry-save"));
        browser.waitForText(By.cssSelector("usher-invitation-page .live-status"), "no longer expires");
        browser.waitForText(By.id("inv-expires"), "Never");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND expires_at IS NULL"
                + " AND sent_at IS NULL", id)).isEqualTo(1);
        assertThat(Mailbox.to(guest)).as("changing the expiry sends nothing").isEmpty();
    }

    /** Fills a datetime-local field with now plus some hours, in the browser's own time zone, whatever it is. */
    private static void hoursAhead(Browser browser, By field, int hours) {
        browser.script("const d = new Date(Date.now() + arguments[1] * 3600000); const two = (n) => String(n).padStart(2, '0');"
                + "arguments[0].value = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T"
                + "${two(d.getHours())}:${two(d.getMinutes())}`;", browser.waitFor(field), hours);
    }

    @Test
    void othersSeeNoOfficialInvitationsAndTheApiRefusesThem() {
        Browser browser = browsers.open();
        browser.go("/");
        ConsoleIT.signIn(browser, Api.uniqueEmail("organizer"));
        browser.waitFor(By.id("nav-station"));
        assertThat(browser.present(By.id("nav-invitations"))).isFalse();
        browser.go("/#/invitations");
        assertThat(browser.text(By.cssSelector("usher-official-invitations-page .problem-title"))).contains("403");
        assertThat(browser.present(By.cssSelector("table.invitations tbody tr"))).isFalse();
    }
}
