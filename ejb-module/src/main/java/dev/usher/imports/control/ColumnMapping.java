package dev.usher.imports.control;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file fills which guest field: recognized from the headers by common
 * names, and overridable field by field with an explicit mapping (field to header name).
 * The first column recognized for a field wins (a Google export has "Phone 1 - Value" before
 * "Phone 2 - Value").
 */
public final class ColumnMapping {

    private final Map<GuestField, Integer> columns;
    private final List<String> headers;

    private ColumnMapping(Map<GuestField, Integer> columns, List<String> headers) {
        this.columns = columns;
        this.headers = List.copyOf(headers);
    }

    /**
     * Checks an explicit mapping before anything is stored: every key must be a guest field.
     * Header names are checked later, against the file.
     */
    /** The mapping travels as a job parameter; no real header is longer. */
    static final int MAX_HEADER = 200;

    public static void checkExplicit(Map<String, String> explicit) {
        List<FieldError> errors = new ArrayList<>();
        explicit.forEach((field, header) -> {
            if (GuestField.byName(field).isEmpty()) {
                errors.add(new FieldError("mapping." + field, "is not a guest field; use one of "
                        + java.util.Arrays.toString(GuestField.values())));
            } else if (header == null || header.isBlank()) {
                errors.add(new FieldError("mapping." + field, "must name a column header"));
            } else if (header.length() > MAX_HEADER) {
                errors.add(new FieldError("mapping." + field, "must be a column header of at most " + MAX_HEADER
                        + " characters"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The mapping for a file with these headers. */
    public static ColumnMapping of(List<String> headers, Map<String, String> explicit) {
        Map<GuestField, Integer> columns = new EnumMap<>(GuestField.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            GuestField.recognize(headers.get(i)).ifPresent(field -> columns.putIfAbsent(field, index));
        }
        explicit.forEach((fieldName, header) -> {
            GuestField field = GuestField.byName(fieldName).orElseThrow();
            int index = indexOf(headers, header);
            if (index < 0) {
                throw new UnreadableFileException("The mapping names a column '" + header
                        + "' that the file does not have; its columns are " + headers);
            }
            columns.put(field, index);
        });
        if (!columns.containsKey(GuestField.firstName) && !columns.containsKey(GuestField.fullName)) {
            throw new UnreadableFileException("No column could be read as a first name or a full name; the "
                    + "file's columns are " + headers + " (name them, or pass a mapping such as "
                    + "{\"firstName\": \"Prénom\"})");
        }
        return new ColumnMapping(columns, headers);
    }

    private static int indexOf(List<String> headers, String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && headers.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The cell of {@code field} in a row of cells, or empty when the file has no such column. */
    public Optional<String> cell(List<String> cells, GuestField field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(cells.get(index));
    }

    /** The header of the column filling {@code field}, for row error reports. */
    public String header(GuestField field) {
        Integer index = columns.get(field);
        return index == null ? field.name() : headers.get(index);
    }

    public boolean has(GuestField field) {
        return columns.containsKey(field);
    }
}
