package dev.usher.it.jobs;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.CrashServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Usher servers on one database, as behind a load balancer: server A (the crash server) and
 * server B (its peer). A job runs on the server that started it; operators reach either server.
 * A stop sent to the other server stops it (Usher's API and Liberty's batch REST API); a server
 * killed with SIGKILL mid-import is declared dead by the other within the heartbeat timeout, its
 * job marked FAILED with the reason and restarted there, every row imported exactly once; and a
 * broadcast restarted on a server without WhatsApp settings fails saying so.
 */
// Killing A last only spares a restart of A (minutes on a busy machine); each test still starts
// the servers it needs (bothServersRun), so none depends on another having run.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsAcrossServersIT {

    private static final int LAST = Integer.MAX_VALUE;

    /** Heartbeat every second; a server silent for 5 s is dead: a dead server is noticed within 6 s. */
    private static final String[] HEARTBEAT = {"USHER_JOBS_HEARTBEAT_SECONDS=1", "USHER_JOBS_SERVER_TIMEOUT_SECONDS=5"};
    private static final int ROWS = 60_000;

    private static CrashServer a;
    private static CrashServer b;

    @BeforeAll
    static void start() {
        a = new CrashServer(HEARTBEAT);
        a.start();
        // B shares A's TLS key (Liberty's batch REST API forwards a stop to the executing server
        // over HTTPS) and has no WhatsApp settings.
        b = CrashServer.peer(HEARTBEAT[0], HEARTBEAT[1], "WHATSAPP_ACCESS_TOKEN=", "WHATSAPP_PHONE_NUMBER_ID=");
        b.shareKeystoreOf(a);
        b.start();
    }

    @AfterAll
    static void stop() {
        try {
            b.close();
        } finally {
            a.close();
        }
    }

    /** A test that killed a server leaves it down; the next one starts it again. */
    @BeforeEach
    void bothServersRun() {
        a.ensureStarted();
        b.ensureStarted();
    }

    @Test
    void aStopSentToEitherServerStopsAJobRunningOnTheOther() {
        Caller c = Caller.withEvent("Two servers");
        Api operatorOnB = Api.newUser("batch-operator").at(b.httpsUrl()).overHttps();
        // The first HTTPS call of a server is slow (TLS, token key): not while the job runs.
        assertThat(operatorOnB.get("/ibm/api/batch/jobinstances").status()).isEqualTo(200);
        long first = importUntilTheFirstChunkIsIn(c.onA(), c.eventId());

        // Liberty's batch REST API on B forwards the stop to A, which runs the job.
        Api.Reply libertyStop = operatorOnB.send("PUT", "/ibm/api/batch/jobexecutions/" + first + "?action=stop", "{}",
                "application/json");
        assertThat(libertyStop.status()).as(libertyStop.toString()).isEqualTo(200);
        assertThat(JobsApi.awaitEnd(c.onB(), first).getString("batchStatus")).isEqualTo("STOPPED");
        long afterFirst = guests(c.eventId());
        assertThat(afterFirst).as("stopped before the end").isBetween(1L, ROWS - 1L);

        // Restarted on B, it runs on B; Usher's API on A stops it there.
        long second = ok(c.onB().send("POST", "/api/jobs/" + first + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
        awaitWritten(c.onB(), second);
        Api.Reply stop = c.onA().send("POST", "/api/jobs/" + second + "/stop", null, null);
        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
        assertThat(JobsApi.awaitEnd(c.onA(), second).getString("batchStatus")).isEqualTo("STOPPED");
        assertThat(guests(c.eventId())).as("stopped before the end").isBetween(afterFirst, ROWS - 1L);

        // Restarted on A, it completes: every row once.
        long third = ok(c.onA().send("POST", "/api/jobs/" + second + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
        JsonObject done = JobsApi.awaitEnd(c.onB(), third);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getJsonArray("executions")).hasSize(3);
        assertEveryRowOnce(c.eventId());
        assertThat(JobsApi.count(done, "inserted")).isEqualTo(ROWS);
    }

    @Test
    @Order(LAST)
    void aServerKilledMidImportIsDeclaredDeadByTheOtherAndItsJobRestartsThereWithEveryRowOnce() {
        Caller c = Caller.withEvent("Killed mid-import");
        long execution = importUntilTheFirstChunkIsIn(c.onA(), c.eventId());

        a.kill();
        Instant killed = Instant.now();
        assertThat(guests(c.eventId())).as("killed before the end").isLessThan(ROWS);
        // Still STARTED as far as the database knows; B stops trusting it once A's heartbeat is old.
        JsonObject failed = awaitStatus(c.onB(), execution, "FAILED");
        System.out.println("JobsAcrossServersIT: the killed server's job was declared FAILED after "
                + Duration.between(killed, Instant.now()).toMillis() + " ms (timeout 5 s, heartbeat 1 s)");
        assertThat(failed.getString("exitStatus")).startsWith("FAILED: the server running it (")
                .contains("stopped answering").contains("restart the job");

        long restarted = ok(c.onB().send("POST", "/api/jobs/" + execution + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
        JsonObject done = JobsApi.awaitEnd(c.onB(), restarted);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        assertEveryRowOnce(c.eventId());
        assertThat(JobsApi.count(done, "inserted")).isEqualTo(ROWS);
    }

    @Test
    void aBroadcastRestartedOnAServerWithoutWhatsAppFailsSayingWhy() {
        Caller c = Caller.withEvent("Broadcast across servers");
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < 300; i++) {
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("phone", WhatsAppCalls.uniquePhone()));
        }
        assertThat(ok(c.onA().post("/api/events/" + c.eventId() + "/guests/import", rows.build().toString()), 200)
                .getInt("inserted")).isEqualTo(300);
        long first = ok(c.onA().post("/api/events/" + c.eventId() + "/whatsapp/broadcast",
                "{\"template\":{\"name\":\"gala_invite\",\"language\":\"en\",\"bodyParameters\":[\"{firstName}\"]}}"),
                202).getJsonNumber("executionId").longValue();
        // At A's pace (80 messages a second) the 300 take seconds: the stop comes first.
        Api.Reply stop = c.onA().send("POST", "/api/jobs/" + first + "/stop", null, null);
        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
        assertThat(JobsApi.awaitEnd(c.onA(), first).getString("batchStatus")).isEqualTo("STOPPED");

        long second = ok(c.onB().send("POST", "/api/jobs/" + first + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
        JsonObject failed = JobsApi.awaitEnd(c.onB(), second);
        assertThat(failed.getString("batchStatus")).isEqualTo("FAILED");
        assertThat(failed.getString("exitStatus")).startsWith("FAILED: ").contains("WHATSAPP_ACCESS_TOKEN");
        assertThat(ok(c.onA().get("/api/jobs/" + second), 200).getString("exitStatus"))
                .isEqualTo(failed.getString("exitStatus"));
    }

    /** A new user with a new event (made on A), as seen through either server. */
    private record Caller(Api onA, Api onB, String eventId) {
        static Caller withEvent(String name) {
            Api admin = Api.newUser();
            Api onA = admin.at(a.baseUrl());
            return new Caller(onA, admin.at(b.baseUrl()), ok(onA.post("/api/events",
                    "{\"name\":\"" + name + "\",\"phoneRegion\":\"IL\"}"), 201).getString("id"));
        }
    }

    /** Starts a {@value #ROWS}-row import (12 chunks) and returns once its first chunk is written. */
    private static long importUntilTheFirstChunkIsIn(Api api, String eventId) {
        long execution = JobsApi.executionId(api.postFile("/api/events/" + eventId + "/guests/import-file", Map.of(),
                "big.csv", JobOperationsIT.bigCsv(ROWS)));
        awaitWritten(api, execution);
        return execution;
    }

    private static void awaitWritten(Api api, long execution) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (ok(api.get("/api/jobs/" + execution), 200).getJsonObject("items").getInt("written") == 0) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + execution + " wrote nothing");
            }
            CrashServer.sleep(100);
        }
    }

    private static JsonObject awaitStatus(Api api, long execution, String status) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject job = ok(api.get("/api/jobs/" + execution), 200);
            if (status.equals(job.getString("batchStatus"))) {
                return job;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + execution + " never became " + status + ": " + job);
            }
            CrashServer.sleep(250);
        }
    }

    private static long guests(String eventId) {
        return Db.countIn(System.getProperty("usher.it.crash.db.url"),
                "SELECT count(*) FROM guests WHERE event_id = ?::uuid", eventId);
    }

    private static void assertEveryRowOnce(String eventId) {
        String db = System.getProperty("usher.it.crash.db.url");
        assertThat(guests(eventId)).isEqualTo(ROWS);
        assertThat(Db.countIn(db, "SELECT count(DISTINCT import_row) FROM guests WHERE event_id = ?::uuid", eventId))
                .isEqualTo(ROWS);
        assertThat(Db.countIn(db, "SELECT count(DISTINCT phone) FROM guests WHERE event_id = ?::uuid", eventId))
                .isEqualTo(ROWS);
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }
}
