package dev.usher.batch.common;

import dev.usher.jobs.control.JobRuns;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Properties;
import java.util.UUID;

/**
 * Makes sure Usher's record of the job exists before the first chunk counts anything (the
 * boundary that started the job records it too; whichever commits first wins), and mirrors
 * the job's end for lists.
 */
@Dependent
@Named
public class JobRunListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Override
    public void beforeJob() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        runs.register(job.getInstanceId(), job.getExecutionId(), job.getJobName(),
                uuid(job.getProperties().getProperty("eventId")), uuid(job.getProperties().getProperty("startedBy")),
                parameters == null ? new Properties() : parameters);
        runs.status(job.getInstanceId(), job.getExecutionId(), "STARTED", null);
    }

    @Override
    public void afterJob() {
        String exit = job.getExitStatus();
        String status = job.getBatchStatus() == null ? "STARTED" : job.getBatchStatus().name();
        // The runtime writes the final status after this listener; a FAILED or STOPPING job
        // already says so, a successful one still reads STARTED, which the next read corrects.
        runs.status(job.getInstanceId(), job.getExecutionId(), status, exit);
    }

    private static UUID uuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text);
    }
}
