package dev.usher.imports.control;

import dev.usher.platform.errors.FieldError;

import java.util.List;

/**
 * A row that breaks the guest rules. The import job skips it (it is configured as a
 * skippable exception) and its skip listener records every error of the row.
 */
public class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final transient List<FieldError> errors;

    public RowRejectedException(int row, List<FieldError> errors) {
        super("Row " + row + " rejected: " + errors.size() + " error(s)");
        this.row = row;
        this.errors = List.copyOf(errors);
    }

    public int row() {
        return row;
    }

    /** Errors named by the file's column headers. */
    public List<FieldError> errors() {
        return errors;
    }
}
