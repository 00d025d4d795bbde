package dev.usher.batch.common;

import dev.usher.jobs.control.ExitStatus;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every failed job says why: when a step fails, its exception's message becomes the step's and
 * the job's exit status ({@code FAILED: <reason>}, bounded to what Liberty can store), unless an
 * artifact already gave a reason.
 */
@Dependent
@Named
public class FailureReasonListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        if (step.getBatchStatus() != BatchStatus.FAILED) {
            return;
        }
        String given = job.getExitStatus();
        String status = given != null && given.startsWith("FAILED: ") ? ExitStatus.bounded(given)
                : ExitStatus.failed("step " + step.getStepName() + ": " + ExitStatus.reason(step.getException()));
        job.setExitStatus(status);
        step.setExitStatus(status);
    }
}
