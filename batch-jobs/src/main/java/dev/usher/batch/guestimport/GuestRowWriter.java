package dev.usher.batch.guestimport;

import dev.usher.guests.control.GuestDuplicates;
import dev.usher.imports.control.CheckedRow;
import dev.usher.imports.control.ChunkOutcome;
import dev.usher.imports.control.ImportJob;
import dev.usher.imports.control.ImportedGuests;
import dev.usher.jobs.control.JobRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a chunk of checked rows and its counts, in the chunk's transaction. */
@Dependent
@Named
public class GuestRowWriter extends AbstractItemWriter {

    @Inject
    ImportedGuests guests;

    @Inject
    JobRuns runs;

    @Inject
    ImportParameters parameters;

    /** Contacts met by earlier chunks of a dry run, which writes nothing the database could remember. */
    private final GuestDuplicates.Index seenInDryRun = new GuestDuplicates.Index();

    @Override
    public void writeItems(List<Object> items) {
        ImportJob job = parameters.job();
        @SuppressWarnings("unchecked")
        List<CheckedRow> rows = (List<CheckedRow>) (List<?>) items;
        ChunkOutcome outcome = guests.write(job, rows, seenInDryRun);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(job.dryRun() ? "would-insert" : "inserted", outcome.inserted());
        counts.put(job.dryRun() ? "would-update" : "updated", outcome.updated());
        counts.put("duplicates", outcome.duplicates());
        runs.add(job.instanceId(), counts);
        outcome.notes().forEach(note -> runs.rowError(job.instanceId(), note.row(), note.column(), note.reason()));
    }
}
