package dev.usher.it.messaging;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text broadcast's e-mail fallback: the guests whose WhatsApp message failed get the same text
 * by e-mail when they have an address, once, against the Graph API stand-in and the test's SMTP
 * server (GreenMail).
 */
class BroadcastEmailFallbackIT extends ArquillianIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    private static final GraphApiStub.Reply UNDELIVERABLE = GraphApiStub.Reply.metaError(400, 131026, null,
            "(#131026) Message undeliverable", "Receiver is incapable of receiving this message");
    private static final String TEXT = "Hello {firstName}, see you at {eventName}!";

    private static String guest(Fixture f, String firstName, String phone, String email, String side) {
        JsonObject body = Json.createObjectBuilder().add("firstName", firstName).add("side", side).build();
        var builder = Json.createObjectBuilder(body);
        if (phone != null) {
            builder.add("phone", phone);
        }
        if (email != null) {
            builder.add("email", email);
        }
        return created(f.editor.post(f.events("/guests"), builder.build().toString())).getString("id");
    }

    private static String textBroadcast(String side, Boolean emailFallback) {
        var body = Json.createObjectBuilder().add("text", TEXT).add("side", side);
        if (emailFallback != null) {
            body.add("emailFallback", emailFallback);
        }
        return body.build().toString();
    }

    @Test
    void aTextBroadcastEmailsTheGuestsWhatsAppDidNotReachOnceEach() throws Exception {
        Fixture f = Fixture.create();
        String goodPhone = uniquePhone();
        guest(f, "Good", goodPhone, null, "fallback");
        String refusedPhone = uniquePhone();
        String refusedEmail = Api.uniqueEmail("refused");
        String refusedId = guest(f, "Refused", refusedPhone, refusedEmail, "fallback");
        GRAPH.answer(refusedPhone, UNDELIVERABLE);
        String noPhoneEmail = Api.uniqueEmail("nophone");
        String noPhoneId = guest(f, "Nophone", null, noPhoneEmail, "fallback");
        String closedPhone = uniquePhone();
        guest(f, "Closed", closedPhone, null, "fallback");
        GRAPH.answer(closedPhone, GraphApiStub.Reply.WINDOW_CLOSED);
        // A guest whose fallback e-mail a crash caught mid-send: recorded 'sending' (as the crash
        // would leave it) while the WhatsApp step runs, so the fallback step finds it in doubt.
        String doubtfulEmail = Api.uniqueEmail("doubtful");
        String doubtfulId = guest(f, "Doubtful", null, doubtfulEmail, "fallback");
        GRAPH.whenCalled(goodPhone, () -> Db.update("""
                INSERT INTO deliveries (id, channel, event_id, guest_id, broadcast_id, recipient, kind, state,
                                        attempts, sending_at)
                SELECT gen_random_uuid(), 'email', g.event_id, g.id,
                       (SELECT (parameters->>'broadcastId')::uuid FROM job_runs WHERE event_id = g.event_id),
                       g.email, 'broadcast-fallback', 'sending', 1, now()
                FROM guests g WHERE g.id = ?::uuid""", doubtfulId));

        JsonObject job = awaitEnd(f.editor, executionId(f.viewer.post(f.events("/whatsapp/broadcast"),
                textBroadcast("fallback", true))));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.getString("exitStatus")).isEqualTo("COMPLETED");
        assertThat(count(job, "sent")).isEqualTo(1);
        assertThat(count(job, "failed")).isEqualTo(2);
        assertThat(count(job, "no-phone")).isEqualTo(2);
        assertThat(count(job, "emailed")).isEqualTo(2);
        assertThat(count(job, "email-failed")).isZero();
        assertThat(count(job, "email-in-doubt")).isEqualTo(1);
        assertThat(job.getJsonArray("firstErrors").toString()).contains(doubtfulId).contains("in doubt")
                .doesNotContain(doubtfulEmail);

        List<MimeMessage> refusedMail = Mailbox.await(refusedEmail, 1);
        assertThat(refusedMail).hasSize(1);
        assertThat(refusedMail.get(0).getSubject()).isEqualTo("Fixture event");
        assertThat(refusedMail.get(0).isMimeType("text/plain")).isTrue();
        assertThat(((String) refusedMail.get(0).getContent()).strip()).isEqualTo("Hello Refused, see you at Fixture event!");
        List<MimeMessage> noPhoneMail = Mailbox.await(noPhoneEmail, 1);
        assertThat(noPhoneMail).hasSize(1);
        assertThat(((String) noPhoneMail.get(0).getContent()).strip()).isEqualTo("Hello Nophone, see you at Fixture event!");
        assertThat(Mailbox.to(doubtfulEmail)).isEmpty();
        assertThat(GRAPH.requestsTo(refusedPhone)).hasSize(1);

        String broadcastId = job.getJsonObject("parameters").getString("broadcastId");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND channel = 'email'"
                + " AND state = 'sent' AND guest_id IN (?::uuid, ?::uuid)", broadcastId, refusedId, noPhoneId))
                .isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND channel = 'email'",
                broadcastId)).isEqualTo(3);
        JsonObject emailed = ok(f.viewer.get(f.events("/messages?channel=email&state=sent&broadcast=" + broadcastId)));
        assertThat(emailed.getInt("total")).isEqualTo(2);
        JsonObject totals = ok(f.viewer.get(f.events("/messages/totals?broadcast=" + broadcastId)));
        assertThat(totals.toString()).contains("\"sent\":3").contains("\"failed\":4").contains("\"sending\":1");

        // The e-mail left in doubt goes out only when an editor says so (a viewer may not), once.
        String doubtfulRecord = ok(f.viewer.get(f.events("/messages?channel=email&state=sending&broadcast=" + broadcastId)))
                .getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(f.viewer.send("POST", f.events("/messages/" + doubtfulRecord + "/resend"), null, null).status())
                .isEqualTo(403);
        assertThat(Mailbox.to(doubtfulEmail)).isEmpty();
        JsonObject resent = ok(f.editor.send("POST", f.events("/messages/" + doubtfulRecord + "/resend"), null, null));
        assertThat(resent.getString("state")).isEqualTo("sent");
        assertThat(resent.getString("channel")).isEqualTo("email");
        assertThat(((String) Mailbox.await(doubtfulEmail, 1).get(0).getContent()).strip())
                .isEqualTo("Hello Doubtful, see you at Fixture event!");
        assertThat(f.editor.send("POST", f.events("/messages/" + doubtfulRecord + "/resend"), null, null).status())
                .isEqualTo(409);
        assertThat(Mailbox.to(doubtfulEmail)).hasSize(1);
    }

    @Test
    void withoutTheFallbackNobodyIsEmailed() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("nofallback");
        guest(f, "Nophone", null, email, "plain");
        String refusedPhone = uniquePhone();
        String refusedEmail = Api.uniqueEmail("nofallback-refused");
        guest(f, "Refused", refusedPhone, refusedEmail, "plain");
        GRAPH.answer(refusedPhone, UNDELIVERABLE);

        JsonObject job = awaitEnd(f.editor, executionId(f.viewer.post(f.events("/whatsapp/broadcast"),
                textBroadcast("plain", null))));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.getString("exitStatus")).isEqualTo("COMPLETED");
        assertThat(count(job, "failed")).isEqualTo(1);
        assertThat(count(job, "no-phone")).isEqualTo(1);
        assertThat(count(job, "emailed")).isZero();
        // The job has ended: a fallback step would have handed its e-mails over before that.
        assertThat(Mailbox.to(email)).isEmpty();
        assertThat(Mailbox.to(refusedEmail)).isEmpty();
        String broadcastId = job.getJsonObject("parameters").getString("broadcastId");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND channel = 'email'",
                broadcastId)).isZero();

        JsonObject no = awaitEnd(f.editor, executionId(f.viewer.post(f.events("/whatsapp/broadcast"),
                textBroadcast("plain", false))));
        assertThat(count(no, "emailed")).isZero();
        assertThat(Mailbox.to(email)).isEmpty();
    }

    @Test
    void aTemplateBroadcastCannotFallBackToEmailAndNothingStarts() {
        Fixture f = Fixture.create();
        guest(f, "Nophone", null, Api.uniqueEmail("template"), "template");
        Api.Reply refused = f.viewer.post(f.events("/whatsapp/broadcast"),
                "{\"template\":{\"name\":\"wedding_invite\",\"language\":\"he\"},\"side\":\"template\","
                        + "\"emailFallback\":true}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("emailFallback").contains("template");
        assertThat(ok(f.admin.get("/api/jobs?eventId=" + f.eventId)).getInt("total")).isZero();
    }

    @Test
    void aStoppedFallbackRestartsAndStillEmailsEachGuestExactlyOnce() {
        Fixture f = Fixture.create();
        // Guests without a phone fail on WhatsApp at once (no call to Meta), so the job spends
        // its time in the fallback step, which has many chunks of 50 to stop in.
        List<String> emails = new ArrayList<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < 1_500; i++) {
            String email = Api.uniqueEmail("fallback" + i);
            emails.add(email);
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("email", email).add("side", "restart"));
        }
        assertThat(ok(f.editor.post(f.events("/guests/import"), rows.build().toString())).getInt("inserted"))
                .isEqualTo(1_500);

        long first = executionId(f.viewer.post(f.events("/whatsapp/broadcast"), textBroadcast("restart", true)));
        awaitMails(emails, 100);
        Api.Reply stop = f.editor.send("POST", "/api/jobs/" + first + "/stop", null, null);
        assertThat(stop.status()).as("1,500 e-mails take many chunks; the job is still running").isEqualTo(200);
        JsonObject stopped = awaitEnd(f.editor, first);
        assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
        long mailedWhenStopped = emails.stream().filter(Mailbox.countsByRecipient()::containsKey).count();
        assertThat(mailedWhenStopped).isLessThan(1_500);

        long second = ok(f.editor.send("POST", "/api/jobs/" + first + "/restart", null, null))
                .getJsonNumber("executionId").longValue();
        JsonObject done = awaitEnd(f.editor, second);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        Map<String, Integer> received = Mailbox.countsByRecipient();
        assertThat(emails).allSatisfy(email -> assertThat(received.get(email)).as(email).isEqualTo(1));
        assertThat(count(done, "no-phone")).isEqualTo(1_500);
        assertThat(count(done, "emailed")).isEqualTo(1_500);
        String broadcastId = done.getJsonObject("parameters").getString("broadcastId");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND channel = 'email'"
                + " AND state = 'sent'", broadcastId)).isEqualTo(1_500);
    }

    private static void awaitMails(List<String> emails, int atLeast) {
        long giveUp = System.nanoTime() + 120_000_000_000L;
        while (emails.stream().filter(Mailbox.countsByRecipient()::containsKey).count() < atLeast) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("Fewer than " + atLeast + " fallback e-mails were sent");
            }
            CrashServer.sleep(100);
        }
    }
}
