package dev.usher.jobs.control;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

/**
 * One execution as the batch runtime reports it. Item counts are summed over the
 * job's steps and are updated at every checkpoint, so they show progress while it runs.
 */
public record ExecutionSnapshot(long executionId, @Schema(ref = "JobType") String jobName,
                                @Schema(ref = "JobStatus") String batchStatus, String exitStatus,
                                OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime endedAt,
                                ItemCounts items) {

    /** Items read, written, filtered, skipped (read, process and write skips together), and rollbacks. */
    public record ItemCounts(long read, long written, long filtered, long skipped, long commits, long rollbacks) {
    }

    static ExecutionSnapshot of(JobExecution execution, Map<Metric.MetricType, Long> totals) {
        ItemCounts items = new ItemCounts(
                totals.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                        + totals.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                        + totals.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                totals.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L));
        return new ExecutionSnapshot(execution.getExecutionId(), execution.getJobName(),
                execution.getBatchStatus() == null ? null : execution.getBatchStatus().name(),
                execution.getExitStatus(), time(execution.getCreateTime()), time(execution.getStartTime()),
                time(execution.getEndTime()), items);
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
