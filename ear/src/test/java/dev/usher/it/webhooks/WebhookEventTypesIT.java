package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event types V23's triggers emit, each through the real path that records it, to a real
 * receiver: an invitation's first send and first open, a first send that failed, an admission taken
 * back at the door, a job's end. Each arrives once, and a change that is no transition (a second
 * open, another failure, a second undo, a job read again or its status written again) queues nothing:
 * the log is read right after it, and what is not queued in the change's transaction never is.
 */
class WebhookEventTypesIT extends ArquillianIT {

    private static String subscribe(Fixture f, WebhookReceiver receiver, String... types) {
        JsonObject created = created(f.admin.post(f.events("/webhooks"), "{\"url\":\"" + receiver.url()
                + "\",\"eventTypes\":[\"" + String.join("\",\"", types) + "\"]}"));
        receiver.secret(created.getString("secret"));
        return created.getString("id");
    }

    @Test
    void anInvitationsSendAndFirstOpenArriveOnceAndAnotherOpenOrAnUndoneAdmissionNothing() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(f, receiver, "invitation.sent", "invitation.opened", "invitation.failed");
            String email = Api.uniqueEmail("opens");
            JsonObject invitation = created(SUPER_ADMIN.post("/api/admin/official-invitations",
                    "{\"recipientName\":\"Dana Cohen\",\"email\":\"" + email + "\",\"eventId\":\"" + f.eventId + "\"}"));
            assertThat(invitation.getString("status")).isEqualTo("sent");

            List<WebhookReceiver.Received> got = receiver.await(1);
            assertThat(got).hasSize(1).allMatch(WebhookReceiver.Received::verified);
            JsonObject sent = got.get(0).json();
            assertThat(sent.getString("type")).isEqualTo("invitation.sent");
            assertThat(sent.getString("eventId")).isEqualTo(f.eventId);
            assertThat(sent.getJsonObject("data").getString("invitationId")).isEqualTo(invitation.getString("id"));
            assertThat(sent.getJsonObject("data").getString("number")).isEqualTo(invitation.getString("number"));
            // Not the address, nor the name: the invitation's id says whom to a system that knows it.
            assertThat(got.get(0).body()).doesNotContain(email).doesNotContain("Dana");

            String pixel = pixel(email);
            assertThat(Api.anonymous().get(pixel).status()).isEqualTo(200);
            got = receiver.await(2);
            assertThat(got).hasSize(2);
            JsonObject opened = got.get(1).json();
            assertThat(opened.getString("type")).isEqualTo("invitation.opened");
            assertThat(opened.getJsonObject("data").getString("invitationId")).isEqualTo(invitation.getString("id"));
            assertThat(opened.getString("id")).isNotEqualTo(sent.getString("id"));

            // The mail opened again, the guest admitted, the admission taken back (the status returns
            // to opened): no transition of these types, nothing queued.
            assertThat(Api.anonymous().get(pixel).status()).isEqualTo(200);
            String token = Invites.token(invitation.getString("id"));
            String scan = ok(SCANNER.post("/api/check-ins", Invites.checkIn(token, "Door", null, null, null)))
                    .getString("scanId");
            assertThat(ok(f.admin.delete("/api/check-ins/" + scan)).getString("status")).isEqualTo("opened");
            assertThat(log(f, id)).hasSize(2);
            awaitLog(f, id, log -> log.size() == 2 && delivered(log));
            assertThat(receiver.received()).hasSize(2);
        }
    }

    @Test
    void aFirstSendThatFailedArrivesOnceWithItsCodeOnlyAndTheSendThatWorksAfterItAsSent() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(f, receiver, "invitation.failed", "invitation.sent");
            JsonObject draft = Invites.draft(f.eventId, 1);
            String invitation = draft.getString("id");
            // The test's mail server accepts every address, so the refusal is written as
            // SendableInvitations.markFailed writes it (the trigger sees the row, not the writer).
            String refusal = "UPDATE invitations SET status = 'failed', failure_reason = ?, updated_at = now()"
                    + " WHERE id = ?::uuid";
            assertThat(Db.update(refusal, "550: 5.1.1 <nobody@example.com> no such mailbox", invitation)).isEqualTo(1);
            // A second failure of a code that never went out changes no status: nothing queued.
            assertThat(Db.update(refusal, "451: try later", invitation)).isEqualTo(1);
            assertThat(log(f, id)).hasSize(1);

            List<WebhookReceiver.Received> got = receiver.await(1);
            JsonObject failed = got.get(0).json();
            assertThat(failed.getString("type")).isEqualTo("invitation.failed");
            assertThat(failed.getJsonObject("data").getString("invitationId")).isEqualTo(invitation);
            assertThat(failed.getJsonObject("data").getString("failureCode")).isEqualTo("550");
            assertThat(got.get(0).body()).doesNotContain("nobody@example.com").doesNotContain("mailbox");

            JsonObject resent = ok(SUPER_ADMIN.post("/api/admin/official-invitations/" + invitation + "/resend", null));
            assertThat(resent.getString("status")).isEqualTo("sent");
            got = receiver.await(2);
            assertThat(got).hasSize(2);
            assertThat(got.get(1).json().getString("type")).isEqualTo("invitation.sent");
            assertThat(got.get(1).json().getJsonObject("data").getString("invitationId")).isEqualTo(invitation);
            awaitLog(f, id, log -> log.size() == 2 && delivered(log));
        }
    }

    @Test
    void anAdmissionTakenBackArrivesOnceAsCheckInUndoneNamingTheAdmission() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(f, receiver, "checkin.admitted", "checkin.undone");
            String invitation = Invites.draft(f.eventId, 3).getString("id");
            String token = Invites.token(invitation);
            String scan = ok(SCANNER.post("/api/check-ins", Invites.checkIn(token, "Door", 2, null, null)))
                    .getString("scanId");
            JsonObject undone = ok(f.admin.delete("/api/check-ins/" + scan));
            assertThat(undone.getInt("seatsReturned")).isEqualTo(2);
            // A second undo is refused, and queues nothing.
            assertThat(SUPER_ADMIN.delete("/api/check-ins/" + scan).status()).isEqualTo(409);
            assertThat(log(f, id)).hasSize(2);

            List<WebhookReceiver.Received> got = receiver.await(2);
            assertThat(got).hasSize(2).allMatch(WebhookReceiver.Received::verified);
            assertThat(got.get(0).json().getString("type")).isEqualTo("checkin.admitted");
            assertThat(got.get(0).json().getString("id")).isEqualTo(scan);
            JsonObject back = got.get(1).json();
            assertThat(back.getString("type")).isEqualTo("checkin.undone");
            assertThat(back.getString("eventId")).isEqualTo(f.eventId);
            JsonObject data = back.getJsonObject("data");
            assertThat(data.getString("admissionId")).isEqualTo(scan);
            assertThat(data.getString("invitationId")).isEqualTo(invitation);
            assertThat(data.getInt("seatsUndone")).isEqualTo(2);
            assertThat(data.containsKey("recipientName")).isFalse();
            awaitLog(f, id, log -> log.size() == 2 && delivered(log));
        }
    }

    @Test
    void aJobsEndArrivesOnceWithItsCountsAndReadingOrRewritingItsStatusQueuesNothing() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(f, receiver, "job.finished");
            long job = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "two.csv",
                    "first name\nAda\nBen\n".getBytes(StandardCharsets.UTF_8)));
            List<WebhookReceiver.Received> got = receiver.await(1);
            assertThat(got).hasSize(1).allMatch(WebhookReceiver.Received::verified);
            JsonObject finished = got.get(0).json();
            assertThat(finished.getString("type")).isEqualTo("job.finished");
            assertThat(finished.getString("eventId")).isEqualTo(f.eventId);
            JsonObject data = finished.getJsonObject("data");
            assertThat(data.getJsonNumber("executionId").longValue()).isEqualTo(job);
            assertThat(data.getString("jobName")).isEqualTo("guest-import");
            assertThat(data.getString("status")).isEqualTo("COMPLETED");
            assertThat(data.getJsonObject("counts").getInt("inserted")).isEqualTo(2);

            // Read by its starter until the runtime says it ended, as the console does.
            assertThat(awaitEnd(f.editor, job).getString("batchStatus")).isEqualTo("COMPLETED");
            ok(f.editor.get("/api/jobs?eventId=" + f.eventId));
            // A stale write moving the record back and forth is still the same execution's end.
            assertThat(Db.update("UPDATE job_runs SET batch_status = 'STARTED' WHERE latest_execution_id = ?", job))
                    .isEqualTo(1);
            assertThat(Db.update("UPDATE job_runs SET batch_status = 'COMPLETED' WHERE latest_execution_id = ?", job))
                    .isEqualTo(1);
            assertThat(log(f, id)).hasSize(1);
            awaitLog(f, id, log -> log.size() == 1 && delivered(log));
            assertThat(receiver.received()).hasSize(1);
        }
    }

    /** The tracking pixel's path in the invitation mail sent to {@code email}. */
    private static String pixel(String email) {
        List<MimeMessage> mails = Mailbox.await(email, 1);
        assertThat(mails).hasSize(1);
        String html = Mailbox.text(Mailbox.part(mails.get(0), "text/html"));
        Matcher pixel = Pattern.compile("src=\"" + Pattern.quote(Api.baseUrl()) + "(/api/public/mail-opened/[^\"]+)\"")
                .matcher(html);
        assertThat(pixel.find()).as(html).isTrue();
        return pixel.group(1);
    }

    private static JsonArray log(Fixture f, String id) {
        Api.Reply reply = f.admin.get(f.events("/webhooks/" + id + "/deliveries"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array();
    }

    private static boolean delivered(JsonArray log) {
        return log.getValuesAs(JsonObject.class).stream().allMatch(d -> d.getString("state").equals("delivered"));
    }

    /** The subscription's delivery log once it matches (at most 60 s of waiting). */
    private static JsonArray awaitLog(Fixture f, String id, Predicate<JsonArray> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonArray log = log(f, id);
            if (done.test(log) || Instant.now().isAfter(deadline)) {
                assertThat(done.test(log)).as(log.toString()).isTrue();
                return log;
            }
            Thread.sleep(100);
        }
    }
}
