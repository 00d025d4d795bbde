package dev.usher.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;

import java.io.Serializable;
import java.util.Properties;

/** A step's context as the batch runtime fills it, for artifacts run outside a server. */
public class StandInStepContext extends StandInContext implements StepContext {

    private Exception exception;
    private Serializable persistentUserData;

    public StandInStepContext(String stepName, Properties properties) {
        super(stepName, properties);
    }

    /** The step as it ends: failed with {@code exception}. */
    public StandInStepContext failedWith(Exception exception) {
        batchStatus(BatchStatus.FAILED);
        this.exception = exception;
        return this;
    }

    public StandInStepContext ended(BatchStatus status) {
        batchStatus(status);
        return this;
    }

    @Override
    public String getStepName() {
        return name();
    }

    @Override
    public long getStepExecutionId() {
        return 1;
    }

    @Override
    public Serializable getPersistentUserData() {
        return persistentUserData;
    }

    @Override
    public void setPersistentUserData(Serializable data) {
        persistentUserData = data;
    }

    @Override
    public Exception getException() {
        return exception;
    }

    @Override
    public Metric[] getMetrics() {
        return new Metric[0];
    }
}
