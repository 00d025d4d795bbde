package dev.usher.batch.guestimport;

import dev.usher.imports.control.RowRejectedException;
import dev.usher.jobs.control.JobRuns;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** Records every error of a rejected row (row number, column, reason) and counts the row as invalid. */
@Dependent
@Named
public class RejectedRowListener implements SkipProcessListener {

    @Inject
    JobRuns runs;

    @Inject
    JobContext job;

    @Override
    public void onSkipProcessItem(Object item, Exception exception) {
        if (exception instanceof RowRejectedException rejected) {
            rejected.errors().forEach(error ->
                    runs.rowError(job.getInstanceId(), rejected.row(), error.field(), error.message()));
            runs.add(job.getInstanceId(), Map.of("invalid", 1));
        }
    }
}
