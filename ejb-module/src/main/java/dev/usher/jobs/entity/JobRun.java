package dev.usher.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A job instance as Usher knows it: the batch runtime knows its executions and checkpoints;
 * this row knows the event it works on, who started it, and the parameters it may show
 * (secrets are never stored here). Counts and status are mirrored by the job's listener.
 */
@Entity
@Table(name = "job_runs")
public class JobRun {

    @Id
    @Column(name = "instance_id")
    private long instanceId;

    @Column(name = "job_name", nullable = false)
    private String jobName;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "started_by")
    private UUID startedBy;

    /** JSON object of the parameters that are safe to show. */
    @Column(nullable = false)
    private String parameters;

    @Column(name = "latest_execution_id", nullable = false)
    private long latestExecutionId;

    @Column(name = "batch_status", nullable = false)
    private String batchStatus;

    @Column(name = "exit_status")
    private String exitStatus;

    /** JSON object of the job's own counts (inserted, updated, ...). */
    @Column(nullable = false)
    private String counts;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected JobRun() {
        // for JPA
    }

    public JobRun(long instanceId, long executionId, String jobName, UUID eventId, UUID startedBy,
                  String safeParametersJson) {
        this.instanceId = instanceId;
        this.latestExecutionId = executionId;
        this.jobName = Objects.requireNonNull(jobName, "jobName");
        this.eventId = eventId;
        this.startedBy = startedBy;
        this.parameters = Objects.requireNonNull(safeParametersJson, "parameters");
        this.batchStatus = "STARTING";
        this.counts = "{}";
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public void restarted(long executionId) {
        this.latestExecutionId = executionId;
        this.batchStatus = "STARTING";
        this.exitStatus = null;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long instanceId() {
        return instanceId;
    }

    public String jobName() {
        return jobName;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID startedBy() {
        return startedBy;
    }

    public String parameters() {
        return parameters;
    }

    public long latestExecutionId() {
        return latestExecutionId;
    }

    public String batchStatus() {
        return batchStatus;
    }

    public String exitStatus() {
        return exitStatus;
    }

    public String counts() {
        return counts;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
