package dev.usher.jobs.control;

import dev.usher.jobs.boundary.JobView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Properties;
import java.util.UUID;

/**
 * Starts a job for a boundary that has already checked the caller and the request: the batch
 * runtime's start, Usher's record of the job (event, starter, parameters), and the view the
 * caller gets back with its 202.
 */
@Dependent
public class JobLaunches {

    @Inject
    JobControl control;

    @Inject
    JobRuns runs;

    @Inject
    JobViews views;

    public JobView launch(String jobXmlName, UUID eventId, UUID startedBy, Properties parameters) {
        JobControl.Started started = control.start(jobXmlName, parameters);
        runs.register(started.instanceId(), started.executionId(), jobXmlName, eventId, startedBy, parameters);
        return views.of(runs.find(started.instanceId()), started.executionId(), true);
    }
}
