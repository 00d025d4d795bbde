package dev.usher.batch.guestimport;

import dev.usher.imports.control.ColumnMapping;
import dev.usher.imports.control.FileRow;
import dev.usher.imports.control.ImportRows;
import dev.usher.imports.control.RowRejectedException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Checks a row by the same rules as a single add; a bad row is skipped and reported, never fatal. */
@Dependent
@Named
public class GuestRowProcessor implements ItemProcessor {

    @Inject
    ImportRows rows;

    @Inject
    ImportParameters parameters;

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) throws RowRejectedException {
        return rows.check((FileRow) item, (ColumnMapping) step.getTransientUserData(), parameters.phoneRegion());
    }
}
