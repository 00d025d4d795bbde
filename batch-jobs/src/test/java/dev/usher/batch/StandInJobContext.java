package dev.usher.batch;

import jakarta.batch.runtime.context.JobContext;

import java.util.Properties;

/** A job's context as the batch runtime fills it, for artifacts run outside a server. */
public class StandInJobContext extends StandInContext implements JobContext {

    private final long instanceId;

    public StandInJobContext(String jobName, long instanceId) {
        super(jobName, new Properties());
        this.instanceId = instanceId;
    }

    @Override
    public String getJobName() {
        return name();
    }

    @Override
    public long getInstanceId() {
        return instanceId;
    }

    @Override
    public long getExecutionId() {
        return instanceId * 10;
    }
}
