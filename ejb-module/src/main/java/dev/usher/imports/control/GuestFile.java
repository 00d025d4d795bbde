package dev.usher.imports.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the rows of a guest file, CSV or XLSX, told apart by content rather than by name.
 * CSV: UTF-8 with or without a byte-order mark (else Windows-1252, so accents survive),
 * any of the delimiters , ; tab |, quoted fields with line breaks, Windows line ends.
 * XLSX: the first sheet, streamed. Blank rows are skipped; row numbers are those a
 * spreadsheet shows, the header being row 1.
 */
public final class GuestFile implements AutoCloseable {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final ColumnMapping mapping;
    private final Iterator<RawRow> rows;
    private final AutoCloseable resource;
    private final Format format;
    private RawRow pushedBack;

    public enum Format {
        csv, xlsx
    }

    /** A row as read, before columns are mapped. */
    private record RawRow(int number, List<String> cells) {
    }

    private GuestFile(Format format, List<String> headers, Iterator<RawRow> rows, Map<String, String> explicitMapping,
                      AutoCloseable resource) {
        this.format = format;
        this.mapping = ColumnMapping.of(headers, explicitMapping);
        this.rows = rows;
        this.resource = resource;
    }

    public static GuestFile open(byte[] content, Map<String, String> explicitMapping) {
        if (content.length == 0) {
            throw new UnreadableFileException("The file is empty");
        }
        if (startsWith(content, ZIP)) {
            return xlsx(content, explicitMapping);
        }
        return csv(decode(content), explicitMapping);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public Format format() {
        return format;
    }

    /** The next non-blank data row. */
    public Optional<FileRow> next() {
        while (pushedBack != null || rows.hasNext()) {
            RawRow row = pushedBack != null ? pushedBack : rows.next();
            pushedBack = null;
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<GuestField, String> values = new EnumMap<>(GuestField.class);
            for (GuestField field : GuestField.values()) {
                mapping.cell(row.cells(), field).filter(v -> !v.isBlank()).ifPresent(v -> values.put(field, v.strip()));
            }
            return Optional.of(new FileRow(row.number(), values));
        }
        return Optional.empty();
    }

    /** Drops every row numbered below {@code rowNumber}: a restart resumes where its checkpoint says. */
    public void skipBefore(int rowNumber) {
        while (rows.hasNext()) {
            RawRow row = rows.next();
            if (row.number() >= rowNumber) {
                pushedBack = row;
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            // reading is over; nothing useful to do
        }
    }

    // --- CSV

    private static GuestFile csv(String text, Map<String, String> explicitMapping) {
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFileException("The file is neither CSV text nor an XLSX workbook");
        }
        char delimiter = sniffDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // a blank line is a row in a spreadsheet too; it is skipped later
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new UnreadableFileException("The file has no header row");
        }
        List<String> headers = records.next().toList();
        Iterator<RawRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw new UnreadableFileException("The CSV is malformed: " + e.getCause().getMessage(), e);
                }
            }

            @Override
            public RawRow next() {
                CSVRecord record = records.next();
                return new RawRow((int) record.getRecordNumber(), record.toList());
            }
        };
        return new GuestFile(Format.csv, headers, rows, explicitMapping, parser);
    }

    /** The delimiter that splits the header line into the most fields, outside quotes. */
    static char sniffDelimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    // --- XLSX

    private static GuestFile xlsx(byte[] content, Map<String, String> explicitMapping) {
        ReadableWorkbook workbook;
        Stream<Row> rowStream;
        try {
            workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
            rowStream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("The file is a ZIP archive but not an XLSX workbook", e);
        }
        Iterator<Row> rows = rowStream.iterator();
        List<String> headers = null;
        while (rows.hasNext() && headers == null) {
            List<String> first = texts(rows.next());
            if (first.stream().anyMatch(c -> c != null && !c.isBlank())) {
                headers = first;
            }
        }
        if (headers == null) {
            throw new UnreadableFileException("The workbook's first sheet is empty");
        }
        Iterator<RawRow> cells = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RawRow next() {
                Row row = rows.next();
                return new RawRow(row.getRowNum(), texts(row));
            }
        };
        Stream<Row> toClose = rowStream;
        return new GuestFile(Format.xlsx, headers, cells, explicitMapping, () -> {
            toClose.close();
            workbook.close();
        });
    }

    /** Cell texts as typed: numbers keep their stored digits (a phone never becomes 9.7E11). */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                texts.add(null);
            } else if (cell.getType() == CellType.NUMBER) {
                texts.add(cell.getRawValue());
            } else {
                texts.add(cell.getText());
            }
        }
        return texts;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
