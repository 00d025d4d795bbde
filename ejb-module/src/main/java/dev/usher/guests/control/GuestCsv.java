package dev.usher.guests.control;

import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Guests as a CSV file a spreadsheet opens safely: any cell that starts with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe, so a name like =HYPERLINK(...) stored
 * from an import is shown as text instead of being run as a formula (OWASP "CSV injection").
 */
public final class GuestCsv {

    private static final String[] HEADER = {"First name", "Last name", "Phone", "Email", "Side", "Status",
            "Party size", "Notes"};

    private GuestCsv() {
    }

    public static String write(List<Guest> guests) {
        StringBuilder out = new StringBuilder("\uFEFF"); // a BOM, so spreadsheets read the file as UTF-8
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Guest guest : guests) {
                GuestData d = guest.data();
                printer.printRecord(safe(d.firstName()), safe(d.lastName()), safe(d.phone()), safe(d.email()),
                        safe(d.side()), d.status().name(), d.partySize(), safe(d.notes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
