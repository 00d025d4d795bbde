package dev.usher.it.jobs;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server is killed (SIGKILL, not stopped) in the middle of a big job (a WhatsApp broadcast,
 * an invitation send), started again, and the job restarted: no guest gets a message twice,
 * every guest gets one, except the few in flight at the instant of the kill, which are left in
 * doubt (never resent by themselves, never dropped silently) and listed for an operator.
 */
class CrashRecoveryIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    private static final int GUESTS = 5_000;
    /**
     * Guests of the invitation send: fewer, since each e-mail carries its QR code and a test server
     * sends them at 10-15 a second; a quarter of them is still far more than one chunk in flight.
     */
    private static final int INVITED = 2_000;
    private static CrashServer server;

    @BeforeAll
    static void start() {
        server = new CrashServer("USHER_WHATSAPP_BROADCAST_RATE=0");
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBroadcastKilledMidwayNeverSendsTwiceAndListsWhatWasInFlight() {
        Api admin = Api.newUser().at(server.baseUrl());
        String eventId = ok(admin.post("/api/events", "{\"name\":\"Crash gala\",\"phoneRegion\":\"IL\"}"), 201)
                .getString("id");
        List<String> phones = new ArrayList<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < GUESTS; i++) {
            String phone = WhatsAppCalls.uniquePhone();
            phones.add(phone);
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("phone", phone));
        }
        JsonObject imported = ok(admin.post("/api/events/" + eventId + "/guests/import", rows.build().toString()), 200);
        assertThat(imported.getInt("inserted")).isEqualTo(GUESTS);

        JsonObject started = ok(admin.post("/api/events/" + eventId + "/whatsapp/broadcast",
                "{\"template\":{\"name\":\"gala_invite\",\"language\":\"en\",\"bodyParameters\":[\"{firstName}\"]}}"),
                202);
        long execution = started.getJsonNumber("executionId").longValue();
        String broadcastId = started.getJsonObject("parameters").getString("broadcastId");

        awaitReached(phones, GUESTS / 4);
        server.kill();
        long reachedAtKill = reached(phones);
        assertThat(reachedAtKill).as("killed mid-way").isLessThan(GUESTS);
        server.start();

        JsonObject done = restartAfterTheKill(admin, execution);

        // No guest got two messages.
        Map<String, Integer> requests = phones.stream()
                .collect(Collectors.toMap(p -> p, p -> GRAPH.requestsTo(p).size()));
        assertThat(requests.values()).allMatch(n -> n <= 1);

        // Every guest has exactly one record of this broadcast: sent, or left in doubt.
        assertThat(crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid", broadcastId))
                .isEqualTo(GUESTS);
        assertThat(crashDb("SELECT count(DISTINCT guest_id) FROM deliveries WHERE broadcast_id = ?::uuid",
                broadcastId)).isEqualTo(GUESTS);
        long sent = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'",
                broadcastId);
        long inDoubt = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sending'",
                broadcastId);
        assertThat(sent + inDoubt).isEqualTo(GUESTS);
        // Sent means WhatsApp got exactly one request; the in-doubt few are at most what was in flight.
        assertThat(requests.values().stream().filter(n -> n == 1).count()).isBetween(sent, sent + inDoubt);
        assertThat(inDoubt).isLessThan(GUESTS / 10);

        // ... and they are listed for an operator.
        JsonObject listed = ok(admin.get("/api/events/" + eventId + "/messages?state=sending&broadcast=" + broadcastId
                + "&limit=500"), 200);
        assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(inDoubt);
    }

    @Test
    void anInvitationSendKilledMidwayNeverMailsTwiceAndListsWhatWasInFlight() {
        Api admin = Api.newUser().at(server.baseUrl());
        String eventId = ok(admin.post("/api/events", "{\"name\":\"Crash ball\"}"), 201).getString("id");
        List<String> emails = new ArrayList<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < INVITED; i++) {
            String email = Api.uniqueEmail("crash" + i);
            emails.add(email);
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("email", email));
        }
        JsonObject imported = ok(admin.post("/api/events/" + eventId + "/guests/import", rows.build().toString()), 200);
        assertThat(imported.getInt("inserted")).isEqualTo(INVITED);

        JsonObject started = ok(admin.post("/api/events/" + eventId + "/invitations", "{\"filter\":{}}"), 202);
        long execution = started.getJsonNumber("executionId").longValue();
        String sendId = started.getJsonObject("parameters").getString("sendId");

        Mailbox.awaitReached(emails, INVITED / 4);
        server.kill();
        assertThat(Mailbox.reached(emails)).as("killed mid-way").isLessThan(INVITED);
        server.start();

        JsonObject done = restartAfterTheKill(admin, execution);

        // No guest got two e-mails.
        Map<String, Integer> received = Mailbox.countsByRecipient();
        assertThat(emails).allSatisfy(email -> assertThat(received.getOrDefault(email, 0)).as(email).isLessThanOrEqualTo(1));

        // Every guest has exactly one invitation and one record of this send: sent, or left in doubt.
        assertThat(crashDb("SELECT count(*) FROM invitations WHERE event_id = ?::uuid", eventId)).isEqualTo(INVITED);
        assertThat(crashDb("SELECT count(DISTINCT invitation_id) FROM deliveries WHERE broadcast_id = ?::uuid", sendId))
                .isEqualTo(INVITED);
        long sent = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'", sendId);
        long inDoubt = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sending'",
                sendId);
        // A message the mail server refused is recorded as failed and listed like the in-doubt
        // ones. (One CI run ended with one record neither sent nor in doubt, no log to say which
        // state: the assertions below name such records and their reasons if it happens again.)
        long failed = crashDb("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'failed'", sendId);
        String failures = Db.textIn(System.getProperty("usher.it.crash.db.url"), """
                SELECT string_agg(state || ' ' || coalesce(error_code, '') || ' ' || coalesce(error_reason, ''), '; ')
                FROM deliveries WHERE broadcast_id = ?::uuid AND state NOT IN ('sent', 'sending')""", sendId);
        if (failed > 0) {
            System.out.println("CrashRecoveryIT: e-mails refused by the mail server: " + failures);
        }
        assertThat(sent + inDoubt + failed).as("records neither sent, in doubt nor failed: %s", failures).isEqualTo(INVITED);
        assertThat(failed).as(failures).isLessThanOrEqualTo(5);
        long mailedOnce = emails.stream().filter(email -> received.getOrDefault(email, 0) == 1).count();
        assertThat(mailedOnce).isBetween(sent, sent + inDoubt + failed);
        assertThat(inDoubt).isLessThan(INVITED / 10);

        // ... and they are listed for an operator, among the job's row errors.
        assertThat(done.getJsonNumber("errorsTotal").longValue()).isEqualTo(inDoubt + failed);
        if (inDoubt > 0 && failed == 0) {
            assertThat(done.getJsonArray("firstErrors").getJsonObject(0).getString("reason")).startsWith("in doubt");
        }
    }

    /** The killed job reads as ended (the runtime marks it at start-up); restarted, it completes. */
    private static JsonObject restartAfterTheKill(Api admin, long execution) {
        JsonObject recovered = ok(admin.get("/api/jobs/" + execution), 200);
        assertThat(recovered.getString("batchStatus")).isIn("FAILED", "STOPPED");
        long restarted = ok(admin.send("POST", "/api/jobs/" + execution + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
        JsonObject done = awaitEnd(admin, restarted);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        return done;
    }

    private static long crashDb(String sql, Object... parameters) {
        return Db.countIn(System.getProperty("usher.it.crash.db.url"), sql, parameters);
    }

    private static long reached(List<String> phones) {
        return phones.stream().filter(p -> !GRAPH.requestsTo(p).isEmpty()).count();
    }

    private static void awaitReached(List<String> phones, int atLeast) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (reached(phones) < atLeast) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The broadcast never reached " + atLeast + " guests");
            }
            CrashServer.sleep(50);
        }
    }

    private static JsonObject awaitEnd(Api api, long execution) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(8));
        while (true) {
            JsonObject job = ok(api.get("/api/jobs/" + execution), 200);
            if (List.of("COMPLETED", "FAILED", "STOPPED").contains(job.getString("batchStatus"))) {
                return job;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + execution + " did not end: " + job);
            }
            CrashServer.sleep(250);
        }
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }
}
