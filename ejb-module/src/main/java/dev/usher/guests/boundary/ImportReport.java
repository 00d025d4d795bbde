package dev.usher.guests.boundary;

import dev.usher.platform.errors.FieldError;

import java.util.List;
import java.util.UUID;

/**
 * What a JSON import did with each row. Rows are numbered from 1 in the order sent.
 * {@code duplicateOf} names the existing guest (or, with {@code duplicateOfRow}, the
 * earlier row of the same import) a duplicate matched.
 */
public record ImportReport(int received, int inserted, int duplicates, int invalid, List<Row> rows) {

    public enum Outcome {
        inserted, duplicate, invalid
    }

    public record Row(int row, Outcome outcome, UUID guestId, UUID duplicateOf, Integer duplicateOfRow,
                      List<FieldError> errors) {
    }
}
