package dev.usher.it.jobs;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees and controls which jobs, through Usher's API and Liberty's own batch REST API. */
class JobOperationsIT extends ArquillianIT {

    static byte[] bigCsv(int rows) {
        StringBuilder csv = new StringBuilder("first name,last name,phone,side\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Guest").append(i).append(",Number").append(i).append(",+97250")
                    .append(String.format("%07d", i)).append(",").append(i % 2 == 0 ? "bride" : "groom").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Starts an import of {@code rows} rows as the event's editor and returns once its first chunk is written. */
    private static long importUntilTheFirstChunkIsIn(Fixture f, int rows) {
        long execution = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "big.csv", bigCsv(rows)));
        while (ok(f.editor.get("/api/jobs/" + execution)).getJsonObject("items").getInt("written") == 0) {
            Thread.onSpinWait();
        }
        return execution;
    }

    @Test
    void aStoppedImportRestartsFromItsCheckpointAndEndsWithEveryRowExactlyOnce() {
        Fixture f = Fixture.create();
        int rows = 30_000;
        long first = importUntilTheFirstChunkIsIn(f, rows);
        // Stop now: an editor of the event may.
        Api.Reply stop = f.editor.send("POST", "/api/jobs/" + first + "/stop", null, null);
        assertThat(stop.status()).as("%d rows take many chunks; the job is still running", rows).isEqualTo(200);
        JsonObject stopped = awaitEnd(f.editor, first);
        assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
        long before = ok(f.viewer.get(f.events("/guests"))).getInt("total") - 1;
        assertThat(before).isBetween(1L, (long) rows - 1);

        Api.Reply restart = f.admin.send("POST", "/api/jobs/" + first + "/restart", null, null);
        long second = ok(restart).getJsonNumber("executionId").longValue();
        assertThat(second).isNotEqualTo(first);
        JsonObject done = awaitEnd(f.admin, second);
        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(done.getJsonArray("executions")).hasSize(2);
        assertThat(count(done, "inserted")).isEqualTo(rows);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(rows + 1);
        assertThat(Db.count("SELECT count(DISTINCT phone) FROM guests WHERE event_id = ?::uuid", f.eventId))
                .isEqualTo(rows + 1);
        assertThat(f.editor.send("POST", "/api/jobs/" + first + "/restart", null, null).status()).isEqualTo(409);
    }

    @Test
    void eventMembersSeeOnlyTheirEventsJobsAndOperatorsSeeAll() {
        Fixture mine = Fixture.create();
        Fixture other = Fixture.create();
        long job = executionId(mine.editor.postFile(mine.events("/guests/import-file"), Map.of(), "a.csv",
                "first name\nAda\n".getBytes(StandardCharsets.UTF_8)));
        awaitEnd(mine.editor, job);

        assertThat(ok(mine.admin.get("/api/jobs?eventId=" + mine.eventId)).getInt("total")).isEqualTo(1);
        assertThat(ok(mine.admin.get("/api/jobs?eventId=" + mine.eventId + "&status=COMPLETED&type=guest-import"))
                .getInt("total")).isEqualTo(1);
        assertThat(ok(mine.admin.get("/api/jobs?eventId=" + mine.eventId + "&status=FAILED")).getInt("total")).isZero();
        assertThat(mine.viewer.get("/api/jobs/" + job).status()).isEqualTo(403);
        assertThat(mine.viewer.get("/api/jobs?eventId=" + mine.eventId).status()).isEqualTo(403);
        assertThat(other.admin.get("/api/jobs/" + job).status()).isEqualTo(404);
        assertThat(other.admin.send("POST", "/api/jobs/" + job + "/restart", null, null).status()).isEqualTo(404);
        assertThat(other.admin.get("/api/jobs?eventId=" + mine.eventId).status()).isEqualTo(404);
        assertThat(ok(other.admin.get("/api/jobs")).getJsonArray("items")).noneMatch(
                j -> ((JsonObject) j).getJsonNumber("executionId").longValue() == job);

        Api operator = Api.newUser("batch-operator");
        assertThat(ok(operator.get("/api/jobs/" + job)).getString("jobName")).isEqualTo("guest-import");
        assertThat(ok(operator.get("/api/jobs?type=guest-import&limit=500")).getJsonArray("items")).anyMatch(
                j -> ((JsonObject) j).getJsonNumber("executionId").longValue() == job);
        assertThat(Api.anonymous().get("/api/jobs").status()).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/jobs/" + job).status()).isEqualTo(401);
        assertThat(mine.admin.get("/api/jobs/999999999").status()).isEqualTo(404);
        assertThat(mine.admin.get("/api/jobs?status=DONE").status()).isEqualTo(400);
    }

    @Test
    void anOperatorStopsAndRestartsAnImportThroughLibertysBatchRestApi() {
        Fixture f = Fixture.create();
        int rows = 30_000;
        long first = importUntilTheFirstChunkIsIn(f, rows);
        Api operator = Api.newUser("batch-operator").overHttps();
        Api.Reply stop = operator.send("PUT", "/ibm/api/batch/jobexecutions/" + first + "?action=stop", "{}", "application/json");
        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
        assertThat(awaitEnd(f.editor, first).getString("batchStatus")).isEqualTo("STOPPED");
        long before = ok(f.viewer.get(f.events("/guests"))).getInt("total") - 1;
        assertThat(before).isBetween(1L, (long) rows - 1);

        // Restarted with the parameters it was started with, as Usher's own restart does.
        Api.Reply restart = operator.send("PUT", "/ibm/api/batch/jobexecutions/" + first
                + "?action=restart&reusePreviousParams=true", "{}", "application/json");
        assertThat(restart.status()).as(restart.toString()).isEqualTo(200);
        // Liberty answers with the job instance; the new execution shows in Usher's list once it starts.
        long second = JobsApi.nextExecution(f.admin, f.eventId, first);
        JsonObject done = awaitEnd(f.editor, second);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(rows + 1);
        assertThat(Db.count("SELECT count(DISTINCT import_row) FROM guests WHERE event_id = ?::uuid AND import_row IS NOT NULL",
                f.eventId)).isEqualTo(rows);
    }

    @Test
    void aCompletedJobCannotBeRestartedAndTheAnswerSaysWhy() {
        Fixture f = Fixture.create();
        long job = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "a.csv",
                "first name\nAda\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(awaitEnd(f.editor, job).getString("batchStatus")).isEqualTo("COMPLETED");

        Api.Reply restart = f.editor.send("POST", "/api/jobs/" + job + "/restart", null, null);
        assertThat(restart.status()).as(restart.toString()).isEqualTo(409);
        assertThat(restart.isProblem()).isTrue();
        assertThat(restart.string("detail")).contains("COMPLETED");
        Api.Reply stop = f.editor.send("POST", "/api/jobs/" + job + "/stop", null, null);
        assertThat(stop.status()).as(stop.toString()).isEqualTo(409);
        assertThat(stop.string("detail")).contains("not running").contains("COMPLETED");
    }

    @Test
    void aMemberRemovedFromTheEventNoLongerReadsTheJobTheyStarted() {
        Fixture f = Fixture.create();
        // A viewer may start a broadcast; here the editor starts an import with a guest's data in it.
        long job = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "a.csv",
                "first name,phone\nAda,not-a-phone\n".getBytes(StandardCharsets.UTF_8)));
        awaitEnd(f.editor, job);
        assertThat(f.editor.get("/api/jobs/" + job + "/errors").status()).isEqualTo(200);

        assertThat(f.admin.delete(f.events("/members/" + f.editorId)).status()).isIn(200, 204);

        assertThat(f.editor.get("/api/jobs/" + job).status()).isEqualTo(404);
        assertThat(f.editor.get("/api/jobs/" + job + "/errors").status()).isEqualTo(404);
        assertThat(f.editor.send("POST", "/api/jobs/" + job + "/restart", null, null).status()).isEqualTo(404);
        assertThat(ok(f.editor.get("/api/jobs")).getJsonArray("items")).noneMatch(
                j -> ((JsonObject) j).getJsonNumber("executionId").longValue() == job);
        // The event's remaining admins still have it.
        assertThat(ok(f.admin.get("/api/jobs/" + job)).getJsonNumber("errorsTotal").longValue()).isEqualTo(1);
    }

    @Test
    void aFileWithAHugeHeaderFailsWithABoundedReasonInsteadOfStayingStarted() {
        Fixture f = Fixture.create();
        // No column Usher knows: the reason lists the headers, all 200,000 of them.
        StringBuilder header = new StringBuilder("column");
        for (int i = 0; i < 200_000; i++) {
            header.append(",column").append(i);
        }
        byte[] csv = (header + "\nAda\n").getBytes(StandardCharsets.UTF_8);
        long job = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "wide.csv", csv));
        JsonObject ended = awaitEnd(f.editor, job);
        assertThat(ended.getString("batchStatus")).isEqualTo("FAILED");
        assertThat(ended.getString("exitStatus")).startsWith("FAILED: No column could be read as a first name")
                .hasSizeLessThanOrEqualTo(512);
        assertThat(Db.count("SELECT count(*) FROM jbatch.jobexecution WHERE jobexecid = ? AND length(exitstatus) > 512",
                job)).isZero();
    }

    @Test
    void libertysBatchRestApiIsForBatchOperatorsOnly() {
        // Liberty serves its batch REST API over HTTPS only (plain HTTP is redirected).
        assertThat(Api.newUser("batch-operator").get("/ibm/api/batch/jobinstances").status()).isEqualTo(302);
        Api.Reply operator = Api.newUser("batch-operator").overHttps().get("/ibm/api/batch/jobinstances");
        assertThat(operator.status()).as(operator.toString()).isEqualTo(200);
        assertThat(Api.newUser().overHttps().get("/ibm/api/batch/jobinstances").status()).isIn(401, 403);
        assertThat(Api.newUser("super-admin", "scanner").overHttps().get("/ibm/api/batch/jobinstances").status())
                .isIn(401, 403);
        assertThat(Api.anonymous().overHttps().get("/ibm/api/batch/jobinstances").status()).isEqualTo(401);
    }
}
