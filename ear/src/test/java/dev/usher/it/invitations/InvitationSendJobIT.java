package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static org.assertj.core.api.Assertions.assertThat;

/** The invitation-send job, against the test's real SMTP server (GreenMail). */
class InvitationSendJobIT extends ArquillianIT {

    /** Adds guests with e-mail addresses in one request; returns the addresses. */
    private static List<String> guestsWithEmail(Fixture f, int count, String side) {
        List<String> emails = new ArrayList<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            String email = Api.uniqueEmail("bulk" + i);
            emails.add(email);
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("email", email).add("side", side));
        }
        JsonObject imported = ok(f.editor.post(f.events("/guests/import"), rows.build().toString()));
        assertThat(imported.getInt("inserted")).isEqualTo(count);
        return emails;
    }

    private static void assertEachGotExactlyOne(List<String> emails) {
        Map<String, Integer> received = Mailbox.countsByRecipient();
        assertThat(emails).allSatisfy(email -> assertThat(received.get(email)).as(email).isEqualTo(1));
    }

    @Test
    void moreGuestsThanOneRequestSendsAreInvitedByAJobAndEachGetsOneMail() {
        Fixture f = Fixture.create();
        List<String> emails = guestsWithEmail(f, 520, "bulk");
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"NoMail\",\"side\":\"bulk\"}"));

        Api.Reply started = f.admin.post(f.events("/invitations"),
                "{\"filter\":{\"side\":\"bulk\"},\"type\":\"vip\",\"customMessage\":\"Black tie\"}");
        long execution = executionId(started);
        JsonObject job = awaitEnd(f.admin, execution);
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.getString("jobName")).isEqualTo("invitation-send");
        assertThat(count(job, "sent")).isEqualTo(520);
        assertThat(count(job, "skipped")).isEqualTo(1);
        assertThat(job.getJsonArray("firstErrors").getJsonObject(0).getString("reason"))
                .isEqualTo("skipped: guest has no e-mail address");

        assertEachGotExactlyOne(emails);
        String sendId = job.getJsonObject("parameters").getString("sendId");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'", sendId))
                .isEqualTo(520);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid AND status = 'sent'"
                + " AND type = 'vip' AND custom_message = 'Black tie'", f.eventId)).isEqualTo(520);

        // The same choice again: everyone already holds an invitation, so nobody is mailed twice.
        JsonObject again = awaitEnd(f.admin, executionId(f.admin.post(f.events("/invitations"),
                "{\"filter\":{\"side\":\"bulk\"}}")));
        assertThat(count(again, "skipped")).isEqualTo(521);
        assertThat(count(again, "sent")).isZero();
        assertEachGotExactlyOne(emails);
    }

    @Test
    void anEventAdminResendsOneInvitationExplicitly() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("resend");
        String guestId = guestWithEmail(f, "Re", email);
        String invitationId = draftFor(f, guestId);
        JsonObject resent = ok(f.admin.send("POST", f.events("/invitations/" + invitationId + "/resend"), null, null));
        assertThat(resent.getString("status")).isEqualTo("sent");
        assertThat(Mailbox.await(email, 1)).hasSize(1);
        assertThat(f.editor.send("POST", f.events("/invitations/" + invitationId + "/resend"), null, null).status())
                .isEqualTo(403);
        Fixture other = Fixture.create();
        assertThat(other.admin.send("POST", other.events("/invitations/" + invitationId + "/resend"), null, null)
                .status()).isEqualTo(404);
        assertThat(Mailbox.to(email)).hasSize(1);
    }

    @Test
    void anExplicitResendReplacesAnEmailACrashLeftInDoubt() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("doubt");
        String guestId = guestWithEmail(f, "Dot", email);
        String invitationId = draftFor(f, guestId);
        // As crashed bulk sends leave them: recorded 'sending', no answer ever came. One long ago;
        // one two minutes ago, which may still be in flight and must be left alone.
        String doubtful = plantSending(f, guestId, invitationId, email, "10 minutes");
        String young = plantSending(f, guestId, invitationId, email, "2 minutes");

        JsonObject resent = ok(f.admin.send("POST", f.events("/invitations/" + invitationId + "/resend"), null, null));
        assertThat(resent.getString("status")).isEqualTo("sent");
        assertThat(Mailbox.await(email, 1)).hasSize(1);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE id = ?::uuid AND state = 'failed' AND error_code = 'in-doubt'",
                doubtful)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE id = ?::uuid AND state = 'sending'", young)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid AND state = 'sent'", invitationId))
                .isEqualTo(1);
    }

    private static String guestWithEmail(Fixture f, String firstName, String email) {
        return created(f.editor.post(f.events("/guests"), "{\"firstName\":\"" + firstName + "\",\"email\":\"" + email + "\"}"))
                .getString("id");
    }

    /** A pending (unsent) invitation for the guest, made by the event's admin. */
    private static String draftFor(Fixture f, String guestId) {
        return ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + guestId + "\"],\"send\":false}"))
                .getJsonArray("invitations").getJsonObject(0).getString("id");
    }

    private static String plantSending(Fixture f, String guestId, String invitationId, String email, String age) {
        String id = UUID.randomUUID().toString();
        Db.update("INSERT INTO deliveries (id, channel, event_id, guest_id, invitation_id, broadcast_id, recipient, kind,"
                + " state, attempts, queued_at, sending_at) VALUES (?::uuid, 'email', ?::uuid, ?::uuid, ?::uuid,"
                + " gen_random_uuid(), ?, 'invitation', 'sending', 1, now() - interval '" + age + "',"
                + " now() - interval '" + age + "')", id, f.eventId, guestId, invitationId, email);
        return id;
    }

    @Test
    void aBulkDraftMakesInvitationsAndSendsNothing() {
        Fixture f = Fixture.create();
        List<String> emails = guestsWithEmail(f, 501, "drafts");
        JsonObject job = awaitEnd(f.admin, executionId(f.admin.post(f.events("/invitations"),
                "{\"filter\":{\"side\":\"drafts\"},\"send\":false}")));
        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(count(job, "drafted")).isEqualTo(501);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid AND status = 'pending'",
                f.eventId)).isEqualTo(501);
        assertThat(Mailbox.to(emails.get(0))).isEmpty();
        assertThat(Mailbox.to(emails.get(500))).isEmpty();
    }

    @Test
    void aStoppedSendRestartsAndStillMailsEachGuestExactlyOnce() {
        Fixture f = Fixture.create();
        List<String> emails = guestsWithEmail(f, 2_000, "restart");
        long first = executionId(f.admin.post(f.events("/invitations"), "{\"filter\":{\"side\":\"restart\"}}"));
        awaitMails(emails, 100);
        Api.Reply stop = f.admin.send("POST", "/api/jobs/" + first + "/stop", null, null);
        assertThat(stop.status()).as("2,000 mails take many chunks; the job is still running").isEqualTo(200);
        JsonObject stopped = awaitEnd(f.admin, first);
        assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
        long mailedWhenStopped = emails.stream().filter(Mailbox.countsByRecipient()::containsKey).count();
        assertThat(mailedWhenStopped).isLessThan(2_000);

        long second = ok(f.admin.send("POST", "/api/jobs/" + first + "/restart", null, null))
                .getJsonNumber("executionId").longValue();
        JsonObject done = awaitEnd(f.admin, second);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        assertEachGotExactlyOne(emails);
        String sendId = done.getJsonObject("parameters").getString("sendId");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'", sendId))
                .isEqualTo(2_000);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid", f.eventId)).isEqualTo(2_000);
    }

    @Test
    void aSuperAdminSendsOfficialDraftsInBulkAndWhatAlreadyWentOutIsLeftAlone() {
        Api superAdmin = Api.newUser("super-admin");
        List<String> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = Api.uniqueEmail("official" + i);
            emails.add(email);
            ids.add(created(superAdmin.post("/api/admin/official-invitations", "{\"recipientName\":\"Guest " + i
                    + "\",\"email\":\"" + email + "\",\"send\":false}")).getString("id"));
        }
        String sentEmail = Api.uniqueEmail("official-sent");
        ids.add(created(superAdmin.post("/api/admin/official-invitations",
                "{\"recipientName\":\"Sent Already\",\"email\":\"" + sentEmail + "\"}")).getString("id"));
        assertThat(Mailbox.await(sentEmail, 1)).hasSize(1);

        JsonObject job = awaitEnd(superAdmin, executionId(superAdmin.post("/api/admin/official-invitations/bulk-send",
                "{\"invitationIds\":" + json(ids) + "}")));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "sent")).isEqualTo(3);
        assertThat(count(job, "already-sent")).isEqualTo(1);
        assertEachGotExactlyOne(emails);
        assertThat(Mailbox.to(sentEmail)).hasSize(1);
        assertThat(ok(superAdmin.get("/api/admin/official-invitations/" + ids.get(0)))
                .getJsonObject("invitation").getString("status")).isEqualTo("sent");
    }

    @Test
    void aBulkSendOfUnknownOrRevokedInvitationsIsRefusedBeforeAnythingStarts() {
        Api superAdmin = Api.newUser("super-admin");
        String draft = created(superAdmin.post("/api/admin/official-invitations",
                "{\"recipientName\":\"Draft\",\"email\":\"" + Api.uniqueEmail("draft") + "\",\"send\":false}"))
                .getString("id");
        String revoked = created(superAdmin.post("/api/admin/official-invitations",
                "{\"recipientName\":\"Revoked\",\"email\":\"" + Api.uniqueEmail("revoked") + "\",\"send\":false}"))
                .getString("id");
        assertThat(superAdmin.delete("/api/admin/official-invitations/" + revoked).status()).isEqualTo(204);
        long jobsBefore = Db.count("SELECT count(*) FROM job_runs WHERE job_name = 'invitation-send'");

        Api.Reply refused = superAdmin.post("/api/admin/official-invitations/bulk-send", "{\"invitationIds\":"
                + json(List.of(draft, revoked, java.util.UUID.randomUUID().toString())) + "}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("invitationIds[1]").contains("revoked")
                .contains("invitationIds[2]").contains("no such invitation");
        assertThat(superAdmin.post("/api/admin/official-invitations/bulk-send", "{\"invitationIds\":[]}").status())
                .isEqualTo(422);
        assertThat(Db.count("SELECT count(*) FROM job_runs WHERE job_name = 'invitation-send'")).isEqualTo(jobsBefore);

        // Only super-admins send official invitations.
        Api.Reply forbidden = Api.newUser().post("/api/admin/official-invitations/bulk-send",
                "{\"invitationIds\":" + json(List.of(draft)) + "}");
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void onlyTheEventsAdminsInviteInBulk() {
        Fixture f = Fixture.create();
        guestsWithEmail(f, 501, "roles");
        assertThat(f.editor.post(f.events("/invitations"), "{\"filter\":{}}").status()).isEqualTo(403);
        assertThat(f.outsider.post(f.events("/invitations"), "{\"filter\":{}}").status()).isEqualTo(404);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid", f.eventId)).isZero();
    }

    private static String json(List<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        JsonArray built = array.build();
        return built.toString();
    }

    private static void awaitMails(List<String> emails, int atLeast) {
        long giveUp = System.nanoTime() + 120_000_000_000L;
        while (emails.stream().filter(Mailbox.countsByRecipient()::containsKey).count() < atLeast) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("Fewer than " + atLeast + " invitations were mailed");
            }
            CrashServer.sleep(100);
        }
    }
}
