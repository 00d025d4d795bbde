package dev.usher.jobs.boundary;

import dev.usher.jobs.control.ExecutionSnapshot;
import jakarta.json.JsonObject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A job as operators see it. {@code items} are the runtime's counters (read, written,
 * skipped...); {@code counts} are the job's own (inserted, updated, duplicates, invalid...).
 * {@code firstErrors} holds the first rejected rows; {@code errorsUrl} lists them all.
 */
public record JobView(long executionId, long instanceId, String jobName, UUID eventId, JsonObject parameters,
                      String batchStatus, String exitStatus, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime endedAt, ExecutionSnapshot.ItemCounts items, JsonObject counts,
                      long errorsTotal, List<RowError> firstErrors, String errorsUrl,
                      List<ExecutionSnapshot> executions) {
}
