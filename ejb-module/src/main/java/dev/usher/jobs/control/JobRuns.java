package dev.usher.jobs.control;

import dev.usher.jobs.entity.JobRun;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Usher's side of each job: registering it when it starts, and the counters and status its
 * artifacts and listener keep up to date, in the chunk's own transaction.
 */
@Dependent
@Transactional
public class JobRuns {

    /** Parameters whose names look like secrets are never stored or shown. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(token|secret|password|key|credential).*");

    @PersistenceContext
    EntityManager em;

    @Inject
    JobServers servers;

    /**
     * Records a job instance once: both the boundary that starts it and the job's own listener
     * call this (whichever comes first wins), so the row exists before the first chunk counts.
     */
    public void register(long instanceId, long executionId, String jobName, UUID eventId, UUID startedBy,
                         Properties parameters) {
        em.createNativeQuery("""
                        INSERT INTO job_runs (instance_id, job_name, event_id, started_by, parameters,
                                              latest_execution_id, batch_status, executing_server)
                        VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, 'STARTING', ?7)
                        ON CONFLICT (instance_id) DO NOTHING""")
                .setParameter(1, instanceId)
                .setParameter(2, jobName)
                .setParameter(3, eventId)
                .setParameter(4, startedBy)
                .setParameter(5, safe(parameters))
                .setParameter(6, executionId)
                .setParameter(7, servers.id())
                .executeUpdate();
    }

    /**
     * The execution runs on this server from now on (a start or a restart here: Liberty runs a
     * job on the server that starts it); its heartbeat vouches for it.
     */
    public void executing(long instanceId, long executionId) {
        em.createNativeQuery("""
                        UPDATE job_runs SET executing_server = ?1, latest_execution_id = greatest(latest_execution_id, ?2),
                               updated_at = now()
                        WHERE instance_id = ?3 AND latest_execution_id <= ?2""")
                .setParameter(1, servers.id())
                .setParameter(2, executionId)
                .setParameter(3, instanceId)
                .executeUpdate();
    }

    /** The execution ended on its server (whatever its status): no server runs the job now. */
    public void ended(long instanceId, long executionId) {
        em.createNativeQuery("""
                        UPDATE job_runs SET executing_server = NULL, stop_requested_execution = NULL, updated_at = now()
                        WHERE instance_id = ?1 AND latest_execution_id = ?2""")
                .setParameter(1, instanceId)
                .setParameter(2, executionId)
                .executeUpdate();
    }

    /**
     * Records a stop asked for on this server, for the server that runs the execution. Committed at
     * once: the caller then asks Liberty to stop the job, which may wait for the running chunk, and
     * that chunk updates this same row; holding it meanwhile would hang both.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void requestStop(long instanceId, long executionId) {
        em.createNativeQuery("UPDATE job_runs SET stop_requested_execution = ?1, updated_at = now() WHERE instance_id = ?2")
                .setParameter(1, executionId)
                .setParameter(2, instanceId)
                .executeUpdate();
    }

    /**
     * Whether the execution running here must stop: a stop was asked for it on any server, or
     * another server declared this one dead (and may have restarted the job already).
     */
    public boolean mustStop(long instanceId, long executionId) {
        Object answer = em.createNativeQuery("""
                        SELECT stop_requested_execution IS NOT DISTINCT FROM ?2 OR latest_execution_id > ?2
                               OR executing_server IS DISTINCT FROM ?3
                        FROM job_runs WHERE instance_id = ?1""")
                .setParameter(1, instanceId)
                .setParameter(2, executionId)
                .setParameter(3, servers.id())
                .getResultList().stream().findFirst().orElse(Boolean.FALSE);
        return Boolean.TRUE.equals(answer);
    }

    /** The parameters as a JSON object, with anything secret-looking elided. */
    public static String safe(Properties parameters) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        parameters.stringPropertyNames().stream().sorted().forEach(name ->
                json.add(name, SECRET.matcher(name).matches() ? "(hidden)" : parameters.getProperty(name)));
        return json.build().toString();
    }

    /** Adds to the job's own counters (e.g. inserted, duplicates), atomically. */
    public void add(long instanceId, Map<String, Integer> increments) {
        if (increments.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE job_runs SET updated_at = now(), counts = counts");
        increments.keySet().forEach(name -> {
            String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
            sql.append(" || jsonb_build_object('").append(key).append("', coalesce((counts->>'").append(key)
                    .append("')::bigint, 0) + ?").append(")");
        });
        sql.append(" WHERE instance_id = ?");
        var query = em.createNativeQuery(sql.toString());
        int position = 1;
        for (int value : increments.values()) {
            query.setParameter(position++, value);
        }
        query.setParameter(position, instanceId).executeUpdate();
    }

    /** Mirrors the runtime's status, so lists can filter on it without asking the runtime per row. */
    public void status(long instanceId, long executionId, String batchStatus, String exitStatus) {
        em.createNativeQuery("""
                        UPDATE job_runs SET latest_execution_id = greatest(latest_execution_id, ?1),
                               batch_status = ?2, exit_status = ?3, updated_at = now()
                        WHERE instance_id = ?4""")
                .setParameter(1, executionId)
                .setParameter(2, batchStatus)
                .setParameter(3, ExitStatus.bounded(exitStatus))
                .setParameter(4, instanceId)
                .executeUpdate();
    }

    /** Records one problem with one input row; a row met again after a restart is kept once. */
    public void rowError(long instanceId, int rowNumber, String column, String reason) {
        em.createNativeQuery("""
                        INSERT INTO job_row_errors (instance_id, row_number, column_name, reason)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, instanceId)
                .setParameter(2, rowNumber)
                .setParameter(3, column == null ? "" : column)
                .setParameter(4, reason)
                .executeUpdate();
    }

    /**
     * The job's own counters as they are committed now, read apart from the entity: a view reads
     * them after the runtime's status, so a final status never comes with a chunk's worth less.
     */
    public String counts(long instanceId) {
        return (String) em.createNativeQuery("SELECT CAST(counts AS text) FROM job_runs WHERE instance_id = ?1")
                .setParameter(1, instanceId)
                .getSingleResult();
    }

    public JobRun find(long instanceId) {
        return em.find(JobRun.class, instanceId);
    }
}
