package dev.usher.jobs.boundary;

import java.util.UUID;

/** Which jobs to list: of one event, of one kind (job name), in one batch status. Nulls do not filter. */
public record JobFilter(UUID eventId, String jobName, String batchStatus) {
}
