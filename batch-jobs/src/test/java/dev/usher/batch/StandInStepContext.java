package dev.usher.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;

import java.io.Serializable;
import java.util.Properties;

/** A step's context as the batch runtime fills it, for artifacts run outside a server. */
public class StandInStepContext implements StepContext {

    private final String stepName;
    private final Properties properties;
    private BatchStatus batchStatus = BatchStatus.STARTED;
    private Exception exception;
    private String exitStatus;
    private Object transientUserData;
    private Serializable persistentUserData;

    public StandInStepContext(String stepName, Properties properties) {
        this.stepName = stepName;
        this.properties = properties;
    }

    /** The step as it ends: failed with {@code exception}. */
    public StandInStepContext failedWith(Exception exception) {
        this.batchStatus = BatchStatus.FAILED;
        this.exception = exception;
        return this;
    }

    public StandInStepContext ended(BatchStatus status) {
        this.batchStatus = status;
        return this;
    }

    @Override
    public String getStepName() {
        return stepName;
    }

    @Override
    public Object getTransientUserData() {
        return transientUserData;
    }

    @Override
    public void setTransientUserData(Object data) {
        transientUserData = data;
    }

    @Override
    public long getStepExecutionId() {
        return 1;
    }

    @Override
    public Properties getProperties() {
        return properties;
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
    public BatchStatus getBatchStatus() {
        return batchStatus;
    }

    @Override
    public String getExitStatus() {
        return exitStatus;
    }

    @Override
    public void setExitStatus(String status) {
        exitStatus = status;
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
