package dev.usher.jobs.boundary;

import dev.usher.jobs.control.ExecutionSnapshot;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A job as operators see it. {@code items} are the runtime's counters (read, written,
 * skipped...); {@code counts} are the job's own (inserted, updated, duplicates, invalid...).
 * {@code firstErrors} holds the first rejected rows; {@code errorsUrl} lists them all.
 */
public record JobView(long executionId, long instanceId, @Schema(ref = "JobType") String jobName, UUID eventId,
                      @Schema(ref = "JobParameters") JsonObject parameters,
                      @Schema(ref = "JobStatus") String batchStatus, String exitStatus, OffsetDateTime createdAt,
                      OffsetDateTime startedAt, OffsetDateTime endedAt, ExecutionSnapshot.ItemCounts items,
                      @Schema(ref = "JobCounts") JsonObject counts,
                      long errorsTotal, List<RowError> firstErrors, String errorsUrl,
                      List<ExecutionSnapshot> executions) {
}
