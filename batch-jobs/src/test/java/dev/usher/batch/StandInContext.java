package dev.usher.batch;

import jakarta.batch.runtime.BatchStatus;

import java.util.Properties;

/** What a job's and a step's contexts have alike, held as the batch runtime holds it. */
abstract class StandInContext {

    private final String name;
    private final Properties properties;
    private BatchStatus batchStatus = BatchStatus.STARTED;
    private String exitStatus;
    private Object transientUserData;

    StandInContext(String name, Properties properties) {
        this.name = name;
        this.properties = properties;
    }

    String name() {
        return name;
    }

    void batchStatus(BatchStatus status) {
        batchStatus = status;
    }

    public Properties getProperties() {
        return properties;
    }

    public Object getTransientUserData() {
        return transientUserData;
    }

    public void setTransientUserData(Object data) {
        transientUserData = data;
    }

    public BatchStatus getBatchStatus() {
        return batchStatus;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public void setExitStatus(String status) {
        exitStatus = status;
    }
}
