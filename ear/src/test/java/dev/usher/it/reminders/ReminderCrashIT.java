package dev.usher.it.reminders;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server is killed (SIGKILL) in the middle of an e-mail reminder to many guests, started
 * again, and the job restarted: no guest gets the reminder twice, every guest who had not answered
 * has exactly one record of it (sent, or left in doubt for the few in flight at the kill), and
 * guests who had answered get nothing.
 */
class ReminderCrashIT {

    private static final int GUESTS = 3_000;
    private static CrashServer server;

    @BeforeAll
    static void start() {
        server = new CrashServer();
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aReminderKilledMidwayNeverRemindsAGuestTwice() {
        Api admin = Api.newUser().at(server.baseUrl());
        String eventId = ok(admin.post("/api/events", "{\"name\":\"Crash reminder\"}"), 201).getString("id");
        List<String> emails = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < GUESTS; i++) {
            String email = Api.uniqueEmail("crash-remind" + i);
            emails.add(email);
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("email", email));
        }
        for (int i = 0; i < 20; i++) {
            String email = Api.uniqueEmail("crash-answered" + i);
            answered.add(email);
            rows.add(Json.createObjectBuilder().add("firstName", "Answered" + i).add("email", email)
                    .add("status", i % 2 == 0 ? "confirmed" : "declined"));
        }
        assertThat(ok(admin.post("/api/events/" + eventId + "/guests/import", rows.build().toString()), 200)
                .getInt("inserted")).isEqualTo(GUESTS + 20);
        assertThat(ok(admin.get("/api/events/" + eventId + "/reminders/count?channel=email"), 200).getInt("guests"))
                .isEqualTo(GUESTS);

        JsonObject started = ok(admin.post("/api/events/" + eventId + "/reminders", "{\"channel\":\"email\"}"), 202);
        long execution = started.getJsonNumber("executionId").longValue();
        String reminderId = started.getJsonObject("parameters").getString("reminderId");

        Mailbox.awaitReached(emails, GUESTS / 4);
        server.kill();
        assertThat(Mailbox.reached(emails)).as("killed mid-way").isLessThan(GUESTS);
        server.start();

        JsonObject recovered = ok(admin.get("/api/jobs/" + execution), 200);
        assertThat(recovered.getString("batchStatus")).isIn("FAILED", "STOPPED");
        long restarted = ok(admin.send("POST", "/api/jobs/" + execution + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
        JsonObject done = JobsApi.awaitEnd(admin, restarted);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");

        Map<String, Integer> received = Mailbox.countsByRecipient();
        assertThat(emails).allSatisfy(email -> assertThat(received.getOrDefault(email, 0)).as(email)
                .isLessThanOrEqualTo(1));
        assertThat(answered).allSatisfy(email -> assertThat(received.getOrDefault(email, 0)).as(email).isZero());
        assertThat(crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid", reminderId))
                .isEqualTo(GUESTS);
        assertThat(crashDb("SELECT count(DISTINCT guest_id) FROM deliveries WHERE broadcast_id = ?::uuid", reminderId))
                .isEqualTo(GUESTS);
        long sent = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'",
                reminderId);
        long inDoubt = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sending'",
                reminderId);
        assertThat(sent + inDoubt).isEqualTo(GUESTS);
        long remindedOnce = emails.stream().filter(email -> received.getOrDefault(email, 0) == 1).count();
        assertThat(remindedOnce).isBetween(sent, sent + inDoubt);
        assertThat(inDoubt).isLessThan(GUESTS / 10);
        assertThat(done.getJsonNumber("errorsTotal").longValue()).isEqualTo(inDoubt);
    }

    private static long crashDb(String sql, Object... parameters) {
        return Db.countIn(System.getProperty("usher.it.crash.db.url"), sql, parameters);
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }
}
