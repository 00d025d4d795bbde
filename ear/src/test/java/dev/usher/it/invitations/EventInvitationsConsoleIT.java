package dev.usher.it.invitations;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event page's Invitations section in a real browser: an event admin invites ticked
 * guests, then everyone matching a filter, reads the report (who was skipped and why) and each
 * invitation's delivery state. Only admins see the section.
 */
class EventInvitationsConsoleIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEventAdminInvitesGuestsAndSeesWhereEachInvitationStands() {
        Fixture fixture = Fixture.create(); // its guest Noa has no e-mail address
        String rinaEmail = Api.uniqueEmail("rina");
        String talEmail = Api.uniqueEmail("tal");
        String rina = Fixture.created(fixture.admin.post(fixture.events("/guests"),
                "{\"firstName\":\"Rina\",\"lastName\":\"Adler\",\"email\":\"" + rinaEmail + "\",\"partySize\":2}")).getString("id");
        String tal = Fixture.created(fixture.admin.post(fixture.events("/guests"),
                "{\"firstName\":\"Tal\",\"lastName\":\"Ben\",\"email\":\"" + talEmail + "\"}")).getString("id");

        Browser browser = browsers.open();
        browser.go("/#/events/" + fixture.eventId + "/invitations");
        ConsoleIT.signIn(browser, fixture.adminEmail);
        browser.waitForText(By.id("ev-inv-range"), "0 invitations");
        assertThat(browser.waitFor(By.cssSelector("input[data-guest-id='" + fixture.guestId + "']")).isEnabled()).isFalse();

        // The guests ticked in the list.
        browser.click(By.cssSelector("input[data-guest-id='" + rina + "']"));
        browser.waitForText(By.id("picker-count"), "1 selected");
        browser.click(By.id("invite-submit"));
        assertThat(browser.accept()).isEqualTo("1 guest will receive the invitation e-mail. Send now?");
        browser.waitForText(By.id("invite-result"), "1 invitation made, 1 sent, 0 failed, 0 skipped (of 1 guests)");
        assertThat(Mailbox.await(rinaEmail, 1)).hasSize(1);
        By rinaRow = By.cssSelector("tr[data-guest-id='" + rina + "']");
        browser.waitFor(rinaRow);
        assertThat(browser.text(rinaRow)).contains("Rina Adler").contains("sent").contains("0 / 2");

        // Everyone matching a filter (here: everyone): Rina already has one, Noa has no address.
        browser.click(By.id("invite-mode-filter"));
        browser.choose(By.id("invite-type"), "vip");
        browser.click(By.id("invite-submit"));
        assertThat(browser.accept()).isEqualTo("1 guest will receive the invitation e-mail (1 without an e-mail "
                + "address, 1 already invited). Send now?");
        browser.waitForText(By.id("invite-result"), "1 invitation made, 1 sent, 0 failed, 2 skipped (of 3 guests)");
        assertThat(browser.text(By.id("invite-result")))
                .contains("Rina Adler: already has an invitation").contains("Noa Levi: has no e-mail address");
        browser.waitForText(By.id("ev-inv-range"), "1–2 of 2");
        assertThat(Mailbox.await(talEmail, 1)).hasSize(1);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE guest_id = ?::uuid AND type = 'vip' AND status = 'sent'", tal))
                .isEqualTo(1);

        // A scan at the door shows in the list.
        String talInvitation = Fixture.ok(fixture.admin.get(fixture.events("/invitations?q=" + talEmail)))
                .getJsonArray("items").getJsonObject(0).getString("id");
        Invites.SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(talInvitation), "Gate A", null, null, null));
        browser.choose(By.id("ev-inv-status"), "scanned");
        browser.waitForText(By.id("ev-inv-range"), "1–1 of 1");
        assertThat(browser.text(By.cssSelector("tr[data-guest-id='" + tal + "']"))).contains("scanned").contains("1 / 1");
        // An event admin may e-mail an invitation again (not this soon: the API says when), not revoke it.
        assertThat(browser.present(By.cssSelector("usher-event-invitations-panel .row-actions button.danger"))).isFalse();
        browser.driver().findElement(By.cssSelector("tr[data-guest-id='" + tal + "'] .row-actions button")).click();
        assertThat(browser.text(By.cssSelector("usher-event-invitations-panel .problem-title"))).contains("429");
        browser.choose(By.id("ev-inv-status"), "All");
        browser.waitForText(By.id("ev-inv-range"), "1–2 of 2");
        browser.screenshot("10-event-invitations");
    }

    @Test
    void aSuperAdminCanRevokeFromTheEventAndViewersSeeNoSection() {
        Fixture fixture = Fixture.create();
        String chief = Api.uniqueEmail("chief");
        Fixture.created(fixture.admin.post(fixture.events("/invite-member"), "{\"email\":\"" + chief + "\",\"role\":\"admin\"}"));
        String email = Api.uniqueEmail("lior");
        String guest = Fixture.created(fixture.admin.post(fixture.events("/guests"),
                "{\"firstName\":\"Lior\",\"email\":\"" + email + "\"}")).getString("id");
        Fixture.ok(fixture.admin.post(fixture.events("/invitations"), "{\"guestIds\":[\"" + guest + "\"]}"));

        Browser browser = browsers.open();
        browser.go("/#/events/" + fixture.eventId + "/invitations");
        ConsoleIT.signIn(browser, chief, "super-admin");
        // With invitations made already, the invite form starts folded away.
        browser.waitForText(By.id("ev-inv-range"), "1–1 of 1");
        assertThat(browser.driver().findElement(By.id("invite-details")).getAttribute("open")).isNull();
        By row = By.cssSelector("tr[data-guest-id='" + guest + "']");
        browser.waitFor(row);
        browser.driver().findElement(row).findElement(By.cssSelector("button.danger")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitForText(row, "revoked");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE guest_id = ?::uuid AND status = 'revoked'", guest)).isEqualTo(1);

        Browser viewer = browsers.open();
        viewer.go("/#/events/" + fixture.eventId);
        ConsoleIT.signIn(viewer, fixture.viewerEmail);
        viewer.waitForText(By.id("my-role"), "viewer");
        assertThat(viewer.present(By.id("tab-invitations"))).isFalse();
        assertThat(viewer.present(By.id("tab-stats"))).isTrue();
    }

    @Test
    void moreThanFiveHundredGuestsAreSentByAJobThatThePageLinks() {
        Fixture fixture = Fixture.create();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < 501; i++) {
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("email", Api.uniqueEmail("many" + i))
                    .add("side", "many"));
        }
        assertThat(Fixture.ok(fixture.admin.post(fixture.events("/guests/import"), rows.build().toString()))
                .getInt("inserted")).isEqualTo(501);

        Browser browser = browsers.open();
        browser.go("/#/events/" + fixture.eventId + "/invitations");
        ConsoleIT.signIn(browser, fixture.adminEmail);
        browser.click(By.id("invite-mode-filter"));
        browser.type(By.id("invite-filter-side"), "many");
        browser.click(By.id("invite-submit"));
        assertThat(browser.accept()).contains("will receive the invitation e-mail");
        browser.waitForText(By.id("invite-result"), "sending as job");
        String link = browser.waitFor(By.id("invite-job-link")).getAttribute("href");
        assertThat(link).matches(".*#/jobs/\\d+$");
        long executionId = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        JsonObject job = JobsApi.awaitEnd(fixture.admin, executionId);
        assertThat(job.getString("jobName")).isEqualTo("invitation-send");
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(JobsApi.count(job, "sent")).isEqualTo(501);
        browser.click(By.id("invite-job-link"));
        browser.waitForText(By.cssSelector("main h1"), String.valueOf(executionId));
    }
}
