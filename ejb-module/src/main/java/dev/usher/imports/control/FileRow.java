package dev.usher.imports.control;

import java.util.Map;

/**
 * One data row of a guest file: its row number as a spreadsheet shows it (the header is
 * row 1) and the text of each recognized column.
 */
public record FileRow(int number, Map<GuestField, String> values) implements java.io.Serializable {

    public String value(GuestField field) {
        return values.get(field);
    }
}
