package dev.usher.it.support.clients;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Following a job through the operations API until it ends. */
public final class JobsApi {

    private static final Set<String> FINAL = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private JobsApi() {
    }

    /**
     * Polls the job until it reaches a final status; the limit only stops a hung test (6 minutes:
     * 2,000 mails on a loaded 2-core machine once took more than 3).
     */
    public static JsonObject awaitEnd(Api api, long executionId) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(6));
        while (true) {
            Api.Reply reply = api.get("/api/jobs/" + executionId);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject job = reply.object();
            if (FINAL.contains(job.getString("batchStatus"))) {
                return job;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + executionId + " did not end: " + job);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The newest execution of the event's jobs once it is not {@code previous} (a restart
     * through Liberty's API answers before the new execution is listed).
     */
    public static long nextExecution(Api api, String eventId, long previous) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            long latest = api.get("/api/jobs?eventId=" + eventId).object().getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("executionId").longValue();
            if (latest != previous) {
                return latest;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("No execution after " + previous + " was listed");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static long executionId(Api.Reply accepted) {
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.location()).contains("/api/jobs/");
        return accepted.object().getJsonNumber("executionId").longValue();
    }

    public static long count(JsonObject job, String counter) {
        JsonObject counts = job.getJsonObject("counts");
        return counts.containsKey(counter) ? counts.getJsonNumber(counter).longValue() : 0;
    }
}
