package dev.usher.jobs.control;

import dev.usher.jobs.boundary.JobView;
import dev.usher.jobs.boundary.RowError;
import dev.usher.jobs.entity.JobRun;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

/**
 * A job's view: Usher's record of it merged with the batch runtime's, and its row errors. Checks
 * nobody: the jobs boundary has decided the caller may see the job, and a launching boundary has
 * checked the caller before starting it.
 */
@Dependent
public class JobViews {

    public static final int FIRST_ERRORS = 20;
    private static final Set<String> FINAL = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    @PersistenceContext
    EntityManager em;

    @Inject
    JobControl control;

    @Inject
    JobRuns runs;

    /**
     * The job as the caller sees it; {@code detailed} (one job) also reads the runtime's
     * history and the first errors. A list reads the runtime only for jobs not yet final.
     */
    public JobView of(JobRun run, long executionId, boolean detailed) {
        String status = run.batchStatus();
        String exit = run.exitStatus();
        ExecutionSnapshot snapshot = null;
        if (detailed || !FINAL.contains(status)) {
            snapshot = control.snapshot(executionId);
            if (executionId == run.latestExecutionId() && !snapshot.batchStatus().equals(status)) {
                runs.status(run.instanceId(), executionId, snapshot.batchStatus(), snapshot.exitStatus());
            }
            status = snapshot.batchStatus();
            exit = snapshot.exitStatus();
        }
        // Counts and errors after the status: the last chunk commits them before the runtime says
        // COMPLETED, so read in this order a final status always comes with final counts.
        String counts = snapshot == null ? run.counts() : runs.counts(run.instanceId());
        long errorsTotal = errorCount(run.instanceId());
        return new JobView(executionId, run.instanceId(), run.jobName(), run.eventId(), json(run.parameters()),
                status, exit, run.createdAt(),
                snapshot == null ? null : snapshot.startedAt(), snapshot == null ? null : snapshot.endedAt(),
                snapshot == null ? null : snapshot.items(), json(counts), errorsTotal,
                detailed ? errorRows(run.instanceId(), 0, FIRST_ERRORS) : List.of(),
                "/api/jobs/" + executionId + "/errors",
                detailed ? control.history(executionId) : List.of());
    }

    public long errorCount(long instanceId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM job_row_errors WHERE instance_id = ?1")
                .setParameter(1, instanceId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<RowError> errorRows(long instanceId, int skip, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT row_number, column_name, reason FROM job_row_errors WHERE instance_id = ?1
                        ORDER BY row_number, column_name OFFSET ?2 LIMIT ?3""")
                .setParameter(1, instanceId)
                .setParameter(2, skip)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new RowError(((Number) r[0]).intValue(), ((String) r[1]).isEmpty() ? null : (String) r[1],
                        (String) r[2]))
                .toList();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
