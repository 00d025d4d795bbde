package dev.usher.batch.common;

import dev.usher.jobs.control.JobControl;
import dev.usher.jobs.control.JobRuns;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Stops the job here when a stop was asked for on any server (Liberty's stop reaches only the
 * jobs of its own server, so other servers record the request in the database), or when another
 * server declared this one dead: checked before every chunk, so the job stops within a chunk,
 * as a local stop does, and never runs on next to a restart elsewhere.
 */
@Dependent
@Named
public class StopRequestListener extends AbstractChunkListener {

    private static final Logger LOG = Logger.getLogger(StopRequestListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    JobRuns runs;

    @Inject
    JobControl control;

    @Override
    public void beforeChunk() {
        if (runs.mustStop(job.getInstanceId(), job.getExecutionId())) {
            LOG.info(() -> "Job execution " + job.getExecutionId() + ": stop requested, stopping");
            control.stopHere(job.getExecutionId());
        }
    }
}
