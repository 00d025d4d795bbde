package dev.usher.audit.control;

import dev.usher.audit.entity.AuditEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The trail as CSV (Commons CSV, RFC 4180, one header row, UTF-8 with a BOM for spreadsheets). Names
 * and changes come from people's input, so a cell a spreadsheet would run as a formula is prefixed
 * with an apostrophe (OWASP "CSV injection"), as the guest export does.
 */
public final class AuditCsv {

    static final String[] HEADER = {"Time (UTC)", "Actor", "Actor e-mail", "Actor id", "Action", "Subject type",
        "Subject id", "Changes"};

    private AuditCsv() {
    }

    public static String write(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (AuditEntry e : entries) {
                printer.printRecord(e.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).toString(),
                        safe(e.actorName()), safe(e.actorEmail()), e.actorId(), e.action(), e.subjectType(),
                        e.subjectId(), safe(e.changes()));
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
