package dev.usher.imports.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Chosen Google contacts written as the CSV Google Contacts itself exports (its header names), so a
 * Google import is a file import: the same {@code guest-import} job reads it with {@link GuestFile},
 * checks each row with the same rules, reports and restarts the same way.
 */
public final class ContactsCsv {

    static final List<String> HEADERS = List.of("Name", "Given Name", "Family Name", "E-mail 1 - Value",
            "Phone 1 - Value");

    private ContactsCsv() {
    }

    public static byte[] of(List<GoogleContact> contacts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADERS);
            for (GoogleContact c : contacts) {
                csv.printRecord(c.name(), c.givenName(), c.familyName(), c.email(), c.phone());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
