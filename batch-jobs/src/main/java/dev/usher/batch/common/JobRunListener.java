package dev.usher.batch.common;

import dev.usher.jobs.control.ExitStatus;
import dev.usher.jobs.control.JobRuns;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
        // The runtime writes the final status after this listener, from the one it reads here:
        // STARTED becomes COMPLETED, STOPPING becomes STOPPED, FAILED stays. Recorded as final now,
        // because the job.finished webhook is queued when this row reaches a final status; a row
        // left STARTED would wait for someone to look at the job.
        // With no exit status of the job's own, the runtime's is the final status's name.
        String status = finalStatus(job.getBatchStatus());
        runs.status(job.getInstanceId(), job.getExecutionId(), status,
                exit == null && job.getBatchStatus() != null ? status : exit);
        runs.ended(job.getInstanceId(), job.getExecutionId());
    }

    /** The status the runtime ends the job with, given the one it has while the listener runs. */
    static String finalStatus(BatchStatus during) {
        if (during == null) {
            return BatchStatus.STARTED.name(); // unknown: the next read of the job corrects it
        }
        return switch (during) {
            case STARTED -> BatchStatus.COMPLETED.name();
            case STOPPING -> BatchStatus.STOPPED.name();
            default -> during.name();
        };
    }

    private static UUID uuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text);
    }
}
