package dev.usher.jobs.control;

import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Jakarta Batch job operator, called as Usher's system identity ({@code @RunAs}).
 * Liberty's batch security lets a user control only the jobs they submitted; Usher's rules
 * are per event (every admin and editor of the event controls its jobs), so the boundaries
 * decide who may do what and then act through here. Not an entry point: only boundaries,
 * after their own checks, call it.
 */
@Stateless
@RunAs(JobControl.RUN_AS)
@DeclareRoles(JobControl.RUN_AS)
@RolesAllowed(Roles.USER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobControl {

    /** The run-as role, bound to the system identity in the application's bindings. */
    public static final String RUN_AS = "batch-runner";

    /** Starts a job from META-INF/batch-jobs; returns its first execution and its instance. */
    public Started start(String jobXmlName, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(jobXmlName, parameters);
        long instanceId = operator.getJobInstance(executionId).getInstanceId();
        return new Started(instanceId, executionId);
    }

    /**
     * Stops the execution if it runs on this server; {@code false} when it does not (Liberty only
     * knows the jobs running in its own JVM, so another server's job reads as "not running").
     */
    public boolean stopHere(long executionId) {
        try {
            BatchRuntime.getJobOperator().stop(executionId);
            return true;
        } catch (JobExecutionNotRunningException e) {
            return false;
        }
    }

    /**
     * Restarts the instance from its last checkpoint with the parameters it was started with
     * (Jakarta Batch replaces, not merges, the parameters of a restart); returns the new execution.
     */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.restart(executionId, operator.getParameters(executionId));
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new ConflictException("Job execution " + executionId + " cannot be restarted: it is COMPLETED");
        } catch (JobExecutionNotMostRecentException e) {
            throw new ConflictException("Only the latest execution of a job can be restarted");
        } catch (JobRestartException e) {
            throw new ConflictException("Job execution " + executionId + " cannot be restarted: it is "
                    + operator.getJobExecution(executionId).getBatchStatus()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /** The instance an execution belongs to; 404 when there is no such execution. */
    public long instanceOf(long executionId) {
        try {
            return BatchRuntime.getJobOperator().getJobInstance(executionId).getInstanceId();
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("Job execution " + executionId + " not found");
        }
    }

    /** Status, times and item counts of one execution, as the batch runtime knows them. */
    public ExecutionSnapshot snapshot(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("Job execution " + executionId + " not found");
        }
        return ExecutionSnapshot.of(execution, totals(operator, executionId));
    }

    /** Every execution of the instance this execution belongs to, oldest first, each with its item counts. */
    public List<ExecutionSnapshot> history(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .map(e -> ExecutionSnapshot.of(e, totals(operator, e.getExecutionId())))
                .sorted(java.util.Comparator.comparingLong(ExecutionSnapshot::executionId))
                .toList();
    }

    private static Map<Metric.MetricType, Long> totals(JobOperator operator, long executionId) {
        Map<Metric.MetricType, Long> totals = new EnumMap<>(Metric.MetricType.class);
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            for (Metric metric : step.getMetrics()) {
                totals.merge(metric.getType(), metric.getValue(), Long::sum);
            }
        }
        return totals;
    }

    /** A job just started. */
    public record Started(long instanceId, long executionId) {
    }
}
