package dev.usher.batch.guestimport;

import dev.usher.imports.control.FileRow;
import dev.usher.imports.control.GuestFile;
import dev.usher.imports.control.ImportFiles;
import dev.usher.imports.control.UnreadableFileException;
import dev.usher.jobs.control.ExitStatus;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Reads the uploaded file row by row. The checkpoint is the number of the next row to read,
 * so a restart skips every row a committed chunk already handled.
 */
@Dependent
@Named
public class GuestFileReader extends AbstractItemReader {

    @Inject
    ImportParameters parameters;

    @Inject
    ImportFiles files;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private GuestFile file;
    private int nextRow;

    @Override
    public void open(Serializable checkpoint) {
        try {
            file = GuestFile.open(files.content(parameters.job().importId()), parameters.mapping());
        } catch (UnreadableFileException e) {
            job.setExitStatus(ExitStatus.failed(e.getMessage()));
            throw e;
        }
        step.setTransientUserData(file.mapping());
        if (checkpoint instanceof ImportCheckpoint resumed) {
            nextRow = resumed.nextRow();
            file.skipBefore(nextRow);
        }
    }

    @Override
    public Object readItem() {
        FileRow row = file.next().orElse(null);
        if (row != null) {
            nextRow = row.number() + 1;
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ImportCheckpoint(nextRow);
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
