package dev.usher.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;

import java.util.Properties;

/** A job's context as the batch runtime fills it, for artifacts run outside a server. */
public class StandInJobContext implements JobContext {

    private final String jobName;
    private final long instanceId;
    private String exitStatus;
    private Object transientUserData;

    public StandInJobContext(String jobName, long instanceId) {
        this.jobName = jobName;
        this.instanceId = instanceId;
    }

    @Override
    public String getJobName() {
        return jobName;
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
    public long getInstanceId() {
        return instanceId;
    }

    @Override
    public long getExecutionId() {
        return instanceId * 10;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public BatchStatus getBatchStatus() {
        return BatchStatus.STARTED;
    }

    @Override
    public String getExitStatus() {
        return exitStatus;
    }

    @Override
    public void setExitStatus(String status) {
        exitStatus = status;
    }
}
