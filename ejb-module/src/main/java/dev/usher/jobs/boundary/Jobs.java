package dev.usher.jobs.boundary;

import dev.usher.events.control.EventMembership;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.jobs.control.JobControl;
import dev.usher.jobs.control.JobRuns;
import dev.usher.jobs.control.JobViews;
import dev.usher.jobs.entity.JobRun;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.errors.ConflictException;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

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

    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Users users;

    @Inject
    EventMembership membership;

    @Inject
    JobControl control;

    @Inject
    JobRuns runs;

    @Inject
    JobViews views;

    public Page<JobView> list(JobFilter filter, PageRequest page) {
        if (filter.batchStatus() != null
                && Arrays.stream(BatchStatus.values()).noneMatch(s -> s.name().equals(filter.batchStatus()))) {
            throw new BadRequestException("Query parameter status must be one of "
                    + Arrays.toString(BatchStatus.values()) + ", not '" + filter.batchStatus() + "'");
        }
        boolean operator = session.isCallerInRole(Roles.BATCH_OPERATOR);
        UUID userId = users.callerId();
        if (filter.eventId() != null && !operator) {
            membership.require(filter.eventId(), userId, EventRole.editor);
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
                .map(run -> views.of(run, run.latestExecutionId(), false))
                .toList();
        return new Page<>(items, count.getSingleResult(), page.skip(), page.limit());
    }

    public JobView get(long executionId) {
        return views.of(controllable(executionId), executionId, true);
    }

    public Page<RowError> errors(long executionId, PageRequest page) {
        JobRun run = controllable(executionId);
        long total = views.errorCount(run.instanceId());
        return new Page<>(views.errorRows(run.instanceId(), page.skip(), page.limit()), total, page.skip(),
                page.limit());
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
        return views.of(run, executionId, true);
    }

    /** Restarts from the last checkpoint with the same parameters; answers the new execution. */
    public JobView restart(long executionId) {
        JobRun run = controllable(executionId);
        long restarted = control.restart(executionId);
        run.restarted(restarted);
        runs.executing(run.instanceId(), restarted);
        return views.of(run, restarted, true);
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
        EventMember member = membership.require(run.eventId(), caller, EventRole.viewer);
        if (!caller.equals(run.startedBy())) {
            EventMembership.requireRole(member, EventRole.editor);
        }
        return run;
    }
}
