package dev.usher.batch.common;

import dev.usher.jobs.control.ExitStatus;
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
 * the job's end for lists; records which server runs it (for the heartbeat that vouches for it)
 * and that it ended here. Also bounds the exit status, which Liberty stores in 512 characters.
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
        runs.executing(job.getInstanceId(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        // Liberty stores at most 512 characters; a longer status would fail the job's final write.
        String exit = ExitStatus.bounded(job.getExitStatus());
        if (exit != null && !exit.equals(job.getExitStatus())) {
            job.setExitStatus(exit);
        }
        String status = job.getBatchStatus() == null ? "STARTED" : job.getBatchStatus().name();
        // The runtime writes the final status after this listener; a FAILED or STOPPING job
        // already says so, a successful one still reads STARTED, which the next read corrects.
        runs.status(job.getInstanceId(), job.getExecutionId(), status, exit);
        runs.ended(job.getInstanceId(), job.getExecutionId());
    }

    private static UUID uuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text);
    }
}
