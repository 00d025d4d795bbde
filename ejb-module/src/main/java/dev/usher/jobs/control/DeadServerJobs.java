package dev.usher.jobs.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The heartbeat rows of the servers, and what happens to the jobs of a server that stopped
 * beating: their running execution is marked FAILED in the batch runtime's own tables (job,
 * instance and steps, as Liberty's start-up recovery does for its own server's jobs), with the
 * reason as exit status, so any server can restart them from their last checkpoint.
 *
 * <p>The batch tables are Liberty's ({@code jbatch} schema); their statuses are stored as the
 * ordinals of {@code BatchStatus} and of Liberty's {@code InstanceState}. Only executions still in
 * a running state are changed, so a job that ended in the meantime is never touched.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeadServerJobs {

    private static final Logger LOG = Logger.getLogger(DeadServerJobs.class.getName());

    /** {@code BatchStatus} ordinals: STARTING, STARTED, STOPPING; FAILED. */
    private static final String RUNNING = "(0, 1, 2)";
    private static final int FAILED = 4;
    /** Liberty's {@code InstanceState.FAILED} ordinal. */
    private static final int INSTANCE_FAILED = 4;

    @PersistenceContext
    EntityManager em;

    /** Refreshes this server's heartbeat; forgets servers silent for a week. */
    public void beat(UUID server, String name) {
        em.createNativeQuery("""
                        INSERT INTO job_servers (id, name) VALUES (?1, ?2)
                        ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()""")
                .setParameter(1, server)
                .setParameter(2, name)
                .executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM job_servers s WHERE heartbeat_at < now() - interval '7 days'
                        AND NOT EXISTS (SELECT 1 FROM job_runs r WHERE r.executing_server = s.id)""")
                .executeUpdate();
    }

    /**
     * Declares failed every job whose executing server has been silent for longer than
     * {@code timeout} (or has no heartbeat row at all). Rows another server is handling at the
     * same moment are skipped ({@code SKIP LOCKED}), so each dead job is declared once.
     */
    @SuppressWarnings("unchecked")
    public int failJobsOfDeadServers(Duration timeout) {
        List<Object[]> orphans = em.createNativeQuery("""
                        SELECT r.instance_id, r.latest_execution_id, s.name, s.heartbeat_at
                        FROM job_runs r LEFT JOIN job_servers s ON s.id = r.executing_server
                        WHERE r.executing_server IS NOT NULL
                          AND (s.id IS NULL OR s.heartbeat_at < now() - make_interval(secs => ?1))
                        FOR UPDATE OF r SKIP LOCKED""")
                .setParameter(1, (double) timeout.toSeconds())
                .getResultList();
        for (Object[] orphan : orphans) {
            long instanceId = ((Number) orphan[0]).longValue();
            long executionId = ((Number) orphan[1]).longValue();
            String reason = ExitStatus.failed("the server running it (" + (orphan[2] == null ? "unknown" : orphan[2])
                    + ") stopped answering" + (orphan[3] == null ? "" : " (last heartbeat " + time(orphan[3]) + ")")
                    + "; restart the job to resume from its last checkpoint");
            fail(instanceId, executionId, reason);
            LOG.warning(() -> "Job instance " + instanceId + ", execution " + executionId + ": " + reason);
        }
        return orphans.size();
    }

    private void fail(long instanceId, long executionId, String reason) {
        em.createNativeQuery("UPDATE jbatch.stepthreadexecution SET batchstatus = " + FAILED
                        + ", exitstatus = coalesce(exitstatus, 'FAILED'), endtime = now()"
                        + " WHERE fk_jobexecid = ?1 AND batchstatus IN " + RUNNING)
                .setParameter(1, executionId)
                .executeUpdate();
        // Running: mark it failed with the reason. Already failed by Liberty's own start-up
        // recovery (the server came back before anyone noticed): it says only "FAILED"; say why.
        em.createNativeQuery("UPDATE jbatch.jobexecution SET batchstatus = " + FAILED + ", exitstatus = ?2,"
                        + " endtime = coalesce(endtime, now()), updatetime = now() WHERE jobexecid = ?1"
                        + " AND (batchstatus IN " + RUNNING
                        + " OR (batchstatus = " + FAILED + " AND coalesce(exitstatus, 'FAILED') = 'FAILED'))")
                .setParameter(1, executionId)
                .setParameter(2, reason)
                .executeUpdate();
        em.createNativeQuery("UPDATE jbatch.jobinstance SET batchstatus = " + FAILED + ", instancestate = "
                        + INSTANCE_FAILED + ", exitstatus = ?2, updatetime = now() WHERE jobinstanceid = ?1"
                        + " AND (batchstatus IN " + RUNNING
                        + " OR (batchstatus = " + FAILED + " AND coalesce(exitstatus, 'FAILED') = 'FAILED'))")
                .setParameter(1, instanceId)
                .setParameter(2, reason)
                .executeUpdate();
        em.createNativeQuery("""
                        UPDATE job_runs SET executing_server = NULL, stop_requested_execution = NULL,
                               batch_status = 'FAILED', exit_status = ?2, updated_at = now()
                        WHERE instance_id = ?1 AND latest_execution_id = ?3""")
                .setParameter(1, instanceId)
                .setParameter(2, reason)
                .setParameter(3, executionId)
                .executeUpdate();
    }

    private static String time(Object timestamp) {
        OffsetDateTime at = timestamp instanceof OffsetDateTime t ? t
                : timestamp instanceof java.sql.Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC)
                : timestamp instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC) : null;
        return at == null ? String.valueOf(timestamp)
                : at.withOffsetSameInstant(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
