package dev.usher.it.reminders;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder-send job on the test server, with GreenMail and the Graph API stand-in: exactly
 * one reminder per guest who has not answered, none to guests who confirmed or declined, the
 * opened-only choice, WhatsApp, a scheduled reminder started once by the timer, a cancel, a stop
 * and restart that reminds nobody twice.
 */
class ReminderJobIT extends ArquillianIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    private static final Pattern PIXEL = Pattern.compile("/api/public/mail-opened/[^\"]+\\.gif");

    static String guest(Fixture f, String firstName, String status, String email, String phone) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("firstName", firstName).add("status", status);
        if (email != null) {
            body.add("email", email);
        }
        if (phone != null) {
            body.add("phone", phone);
        }
        return created(f.editor.post(f.events("/guests"), body.build().toString())).getString("id");
    }

    private static String reminderId(JsonObject job) {
        return job.getJsonObject("parameters").getString("reminderId");
    }

    @Test
    void anEmailReminderReachesEachGuestWhoHasNotAnsweredExactlyOnce() throws Exception {
        Fixture f = Fixture.create();
        ok(f.admin.send("PUT", f.events("/invitation-brand"),
                "{\"displayName\":\"Noa & Dan\",\"color\":\"#1f6feb\",\"senderName\":\"Noa and Dan\"}",
                "application/json"));
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = Api.uniqueEmail("remind" + i);
            waiting.add(email);
            guest(f, "Waiting" + i, "invited", email, null);
        }
        String confirmed = Api.uniqueEmail("confirmed");
        guest(f, "Yes", "confirmed", confirmed, null);
        String declined = Api.uniqueEmail("declined");
        guest(f, "No", "declined", declined, null);
        guest(f, "Nomail", "invited", null, uniquePhone());

        assertThat(ok(f.editor.get(f.events("/reminders/count?channel=email"))).getInt("guests")).isEqualTo(3);

        String body = "{\"channel\":\"email\",\"text\":\"Please answer by Friday.\"}";
        Api.Reply preview = f.editor.post(f.events("/reminders/preview"), body);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("text/html");
        assertThat(preview.body()).contains("Please answer by Friday.").contains("Noa &amp; Dan").contains("#1F6FEB")
                .contains("Waiting");

        JsonObject job = awaitEnd(f.editor, executionId(f.editor.post(f.events("/reminders"), body)));
        assertThat(job.getString("jobName")).isEqualTo("reminder-send");
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "reminded")).isEqualTo(3);

        for (String email : waiting) {
            List<MimeMessage> received = Mailbox.await(email, 1);
            assertThat(received).hasSize(1);
            MimeMessage mail = received.get(0);
            assertThat(mail.getSubject()).isEqualTo("Reminder: will you attend Fixture event?");
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("invitations@usher.test");
            assertThat(from.getPersonal()).isEqualTo("Noa and Dan");
            String html = Mailbox.text(Mailbox.part(mail, "text/html"));
            assertThat(html).contains("Please answer by Friday.").contains("#1F6FEB");
            // The guest's own RSVP page, answer preselected, in the reminder as in the invitation.
            assertThat(html).containsPattern("href=\"" + java.util.regex.Pattern.quote(Api.baseUrl())
                    + "/rsvp\\.html\\?answer=yes#[^\"]+\"");
            assertThat(Mailbox.text(Mailbox.part(mail, "text/plain"))).contains(Api.baseUrl() + "/rsvp.html?answer=no#");
        }
        assertThat(Mailbox.to(confirmed)).isEmpty();
        assertThat(Mailbox.to(declined)).isEmpty();
        String reminderId = reminderId(job);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND kind = 'reminder'"
                + " AND state = 'sent'", reminderId)).isEqualTo(3);

        // The same reminder's job restarted by hand (it completed: 409) cannot send again; a
        // second reminder is a new run and reminds the same guests once more.
        assertThat(f.editor.send("POST", "/api/jobs/" + job.getJsonNumber("executionId") + "/restart", null, null)
                .status()).isEqualTo(409);
        JsonArray listed = f.viewer.get(f.events("/reminders")).array();
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("state")).isEqualTo("started");
        assertThat(listed.getJsonObject(0).getJsonNumber("jobInstanceId").longValue())
                .isEqualTo(job.getJsonNumber("instanceId").longValue());
    }

    @Test
    void openedOnlyRemindsTheGuestsWhoOpenedTheirInvitation() throws Exception {
        Fixture f = Fixture.create();
        String opener = Api.uniqueEmail("opener");
        String openerId = guest(f, "Opener", "invited", opener, null);
        String closer = Api.uniqueEmail("closer");
        String closerId = guest(f, "Closer", "invited", closer, null);
        JsonObject report = ok(f.admin.post(f.events("/invitations"),
                "{\"guestIds\":[\"" + openerId + "\",\"" + closerId + "\"]}"));
        assertThat(report.getInt("sent")).isEqualTo(2);
        String html = Mailbox.text(Mailbox.part(Mailbox.await(opener, 1).get(0), "text/html"));
        Matcher pixel = PIXEL.matcher(html);
        assertThat(pixel.find()).isTrue();
        assertThat(Api.anonymous().get(pixel.group()).status()).isEqualTo(200);

        assertThat(ok(f.editor.get(f.events("/reminders/count?channel=email&openedOnly=true"))).getInt("guests"))
                .isEqualTo(1);
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.post(f.events("/reminders"),
                "{\"channel\":\"email\",\"openedOnly\":true}")));
        assertThat(count(job, "reminded")).isEqualTo(1);
        assertThat(Mailbox.await(opener, 2)).hasSize(2);
        assertThat(Mailbox.to(opener).stream().filter(m -> subject(m).startsWith("Reminder")).count()).isEqualTo(1);
        assertThat(Mailbox.to(closer).stream().filter(m -> subject(m).startsWith("Reminder")).count()).isZero();
    }

    @Test
    void aWhatsAppReminderGoesThroughTheBroadcastPathOncePerGuest() {
        Fixture f = Fixture.create();
        String waitingPhone = uniquePhone();
        String waitingId = guest(f, "Maya", "invited", null, waitingPhone);
        String confirmedPhone = uniquePhone();
        guest(f, "Tal", "confirmed", null, confirmedPhone);

        String body = "{\"channel\":\"whatsapp\",\"text\":\"Hi {firstName}, will you come to {eventName}?\"}";
        Api.Reply preview = f.editor.post(f.events("/reminders/preview?guestId=" + waitingId), body);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.body()).contains("Hi Maya, will you come to Fixture event?");

        JsonObject job = awaitEnd(f.editor, executionId(f.editor.post(f.events("/reminders"), body)));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        // Maya, and the fixture's own guest (invited, with a phone).
        assertThat(count(job, "reminded")).isEqualTo(2);
        assertThat(GRAPH.requestsTo(waitingPhone)).hasSize(1);
        assertThat(GRAPH.requestsTo(waitingPhone).get(0).body()).contains("Hi Maya, will you come to Fixture event?");
        assertThat(GRAPH.requestsTo(confirmedPhone)).isEmpty();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND channel = 'whatsapp'"
                + " AND guest_id = ?::uuid", reminderId(job), waitingId)).isEqualTo(1);
    }

    @Test
    void aScheduledReminderStartsOnceWhenItIsDueAndACancelledOneNever() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("scheduled");
        guest(f, "Later", "invited", email, null);
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2).toString();
        JsonObject scheduled = created(f.editor.post(f.events("/reminders"),
                "{\"channel\":\"email\",\"sendAt\":\"" + soon + "\"}"));
        assertThat(scheduled.getString("state")).isEqualTo("scheduled");
        String farAway = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString();
        JsonObject cancelled = created(f.editor.post(f.events("/reminders"),
                "{\"channel\":\"email\",\"sendAt\":\"" + farAway + "\"}"));
        assertThat(f.viewer.send("POST", f.events("/reminders/" + cancelled.getString("id") + "/cancel"), null, null)
                .status()).isEqualTo(403);
        assertThat(ok(f.editor.send("POST", f.events("/reminders/" + cancelled.getString("id") + "/cancel"), null, null))
                .getString("state")).isEqualTo("cancelled");
        assertThat(f.editor.send("POST", f.events("/reminders/" + cancelled.getString("id") + "/cancel"), null, null)
                .status()).isEqualTo(409);

        JsonObject started = awaitStarted(f, scheduled.getString("id"));
        long instance = started.getJsonNumber("jobInstanceId").longValue();
        JsonObject jobs = ok(f.editor.get("/api/jobs?eventId=" + f.eventId));
        assertThat(jobs.getInt("total")).isEqualTo(1);
        JsonObject job = awaitEnd(f.editor, jobs.getJsonArray("items").getJsonObject(0)
                .getJsonNumber("executionId").longValue());
        assertThat(job.getJsonNumber("instanceId").longValue()).isEqualTo(instance);
        assertThat(count(job, "reminded")).isEqualTo(1);
        assertThat(Mailbox.await(email, 1)).hasSize(1);
        // Started is final: it cannot be cancelled, nor claimed again; the cancelled one never started.
        assertThat(f.editor.send("POST", f.events("/reminders/" + scheduled.getString("id") + "/cancel"), null, null)
                .status()).isEqualTo(409);
        assertThat(Db.count("SELECT count(*) FROM job_runs WHERE event_id = ?::uuid", f.eventId)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM reminders WHERE id = ?::uuid AND state = 'cancelled'"
                + " AND job_instance_id IS NULL", cancelled.getString("id"))).isEqualTo(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject awaitStarted(Fixture f, String reminderId) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            for (JsonObject r : f.viewer.get(f.events("/reminders")).array().getValuesAs(JsonObject.class)) {
                if (r.getString("id").equals(reminderId) && r.getString("state").equals("started")) {
                    return r;
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Reminder " + reminderId + " never started");
            }
            sleep(200);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
