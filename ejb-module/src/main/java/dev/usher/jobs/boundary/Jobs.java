package dev.usher.jobs.boundary;

import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.jobs.control.ExecutionSnapshot;
import dev.usher.jobs.control.JobControl;
import dev.usher.jobs.control.JobRuns;
import dev.usher.jobs.entity.JobRun;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.ForbiddenException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What operators see and control of jobs. A {@code batch-operator} sees every job; an
 * event's admins and editors see theirs, and whoever started a job sees it (a viewer may
 * start a broadcast); another viewer of the event gets 403, anyone else 404.
 */
@Stateless
@RolesAllowed(Roles.USER)
@DeclareRoles(Roles.BATCH_OPERATOR)
public class Jobs {

    public static final int FIRST_ERRORS = 20;
    private static final Set<String> FINAL = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Users users;

    @Inject
    JobControl control;

    @Inject
    JobRuns runs;

    public Page<JobView> list(JobFilter filter, PageRequest page) {
        if (filter.batchStatus() != null
                && Arrays.stream(BatchStatus.values()).noneMatch(s -> s.name().equals(filter.batchStatus()))) {
            throw new BadRequestException("Query parameter status must be one of "
                    + Arrays.toString(BatchStatus.values()) + ", not '" + filter.batchStatus() + "'");
        }
        boolean operator = session.isCallerInRole(Roles.BATCH_OPERATOR);
        UUID userId = users.callerId();
        if (filter.eventId() != null && !operator) {
            requireControl(filter.eventId(), userId);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!operator) {
            // A starter sees their job only while still a member of its event (see controllable).
            where.append(" and ((r.eventId is null and r.startedBy = :userId) or r.eventId in (select m.event.id"
                    + " from EventMember m where m.user.id = :userId and (m.role in :roles or r.startedBy = :userId)))");
            parameters.put("userId", userId);
            parameters.put("roles", List.of(EventRole.admin, EventRole.editor));
        }
        if (filter.eventId() != null) {
            where.append(" and r.eventId = :eventId");
            parameters.put("eventId", filter.eventId());
        }
        if (filter.jobName() != null) {
            where.append(" and r.jobName = :jobName");
            parameters.put("jobName", filter.jobName());
        }
        if (filter.batchStatus() != null) {
            where.append(" and r.batchStatus = :status");
            parameters.put("status", filter.batchStatus());
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from JobRun r" + where, Long.class);
        TypedQuery<JobRun> rows = em.createQuery("select r from JobRun r" + where
                + " order by r.createdAt desc, r.instanceId desc", JobRun.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<JobView> items = rows.setFirstResult(page.skip()).setMaxResults(page.limit()).getResultList().stream()
                .map(run -> view(run, run.latestExecutionId(), false))
                .toList();
        return new Page<>(items, count.getSingleResult(), page.skip(), page.limit());
    }

    public JobView get(long executionId) {
        return view(controllable(executionId), executionId, true);
    }

    public Page<RowError> errors(long executionId, PageRequest page) {
        JobRun run = controllable(executionId);
        long total = errorCount(run.instanceId());
        return new Page<>(errorRows(run.instanceId(), page.skip(), page.limit()), total, page.skip(), page.limit());
    }

    /**
     * Stops a running job, whichever server runs it: the request is recorded in the database
     * (the executing server reads it at its next chunk and stops the job itself) and, when the
     * job runs here, passed to the runtime at once.
     */
    public JobView stop(long executionId) {
        JobRun run = controllable(executionId);
        String status = control.snapshot(executionId).batchStatus();
        if (executionId != run.latestExecutionId() || !RUNNING.contains(status)) {
            throw new ConflictException("Job execution " + executionId + " is not running: it is " + status);
        }
        runs.requestStop(run.instanceId(), executionId);
        control.stopHere(executionId);
        return view(run, executionId, true);
    }

    /** Restarts from the last checkpoint with the same parameters; answers the new execution. */
    public JobView restart(long executionId) {
        JobRun run = controllable(executionId);
        long restarted = control.restart(executionId);
        run.restarted(restarted);
        runs.executing(run.instanceId(), restarted);
        return view(run, restarted, true);
    }

    /**
     * The job behind an execution, if the caller may see and control it. Event data follows event
     * membership: whoever started an event's job keeps it only while still a member of the event
     * (any role: a viewer may start a broadcast); the event's admins and editors have all of its
     * jobs. A job of no event (a bulk send of official invitations) is its starter's and operators'.
     */
    private JobRun controllable(long executionId) {
        long instanceId = control.instanceOf(executionId);
        JobRun run = runs.find(instanceId);
        boolean operator = session.isCallerInRole(Roles.BATCH_OPERATOR);
        if (run == null) {
            throw new NotFoundException("Job execution " + executionId + " not found");
        }
        if (operator) {
            return run;
        }
        UUID caller = users.callerId();
        if (run.eventId() == null) {
            if (caller.equals(run.startedBy())) {
                return run;
            }
            throw new NotFoundException("Job execution " + executionId + " not found");
        }
        EventMember member = membership(run.eventId(), caller);
        if (!caller.equals(run.startedBy())) {
            requireEditor(member);
        }
        return run;
    }

    private void requireControl(UUID eventId, UUID userId) {
        requireEditor(membership(eventId, userId));
    }

    private EventMember membership(UUID eventId, UUID userId) {
        return em.createNamedQuery(EventMember.FIND_BY_EVENT_AND_USER, EventMember.class)
                .setParameter("eventId", eventId)
                .setParameter("userId", userId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Event " + eventId + " not found"));
    }

    private static void requireEditor(EventMember member) {
        if (!member.role().includes(EventRole.editor)) {
            throw new ForbiddenException("Jobs of an event are for its admins and editors; you are a "
                    + member.role());
        }
    }

    private JobView view(JobRun run, long executionId, boolean detailed) {
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

    private long errorCount(long instanceId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM job_row_errors WHERE instance_id = ?1")
                .setParameter(1, instanceId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<RowError> errorRows(long instanceId, int skip, int limit) {
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
