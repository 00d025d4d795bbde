package dev.usher.imports.control;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Guest files as people export them, read from their bytes: CSV dialects and real XLSX workbooks. */
class GuestFileTest {

    @Test
    void readsAUtf8CsvWithAByteOrderMarkAndWindowsLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "First Name,Phone\r\nRené,052-333-4444\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        List<FileRow> rows = rows(content);

        assertThat(rows).containsExactly(new FileRow(2, Map.of(GuestField.firstName, "René",
                GuestField.phone, "052-333-4444")));
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252SoAccentsSurvive() {
        byte[] content = "Prénom;Nom\nAndré;Lefèvre\n".getBytes(Charset.forName("windows-1252"));

        List<FileRow> rows = rows(content);

        assertThat(rows).containsExactly(new FileRow(2, Map.of(GuestField.firstName, "André",
                GuestField.lastName, "Lefèvre")));
    }

    @Test
    void findsTheDelimiterOfTheHeaderLineOutsideQuotes() {
        assertThat(GuestFile.sniffDelimiter("\"a,b,c\";phone;email\nx,y,z")).isEqualTo(';');
        assertThat(GuestFile.sniffDelimiter("name\tphone\temail")).isEqualTo('\t');
        assertThat(GuestFile.sniffDelimiter("name|phone")).isEqualTo('|');
        assertThat(GuestFile.sniffDelimiter("name")).isEqualTo(',');
    }

    @Test
    void aQuotedFieldMayHoldLineBreaksAndRowNumbersCountRecordsNotLines() {
        String csv = "name,notes,phone\n"
                + "Dana Levi,\"vegetarian\nneeds parking\",+972541234567\n"
                + "Omer,,\n";

        List<FileRow> rows = rows(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(
                new FileRow(2, Map.of(GuestField.fullName, "Dana Levi", GuestField.notes,
                        "vegetarian\nneeds parking", GuestField.phone, "+972541234567")),
                new FileRow(3, Map.of(GuestField.fullName, "Omer")));
    }

    @Test
    void blankRowsAreSkippedButKeepTheirNumbers() {
        String csv = "first name,email\n\n , \nYael,  yael@example.com \n";

        List<FileRow> rows = rows(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(new FileRow(4, Map.of(GuestField.firstName, "Yael",
                GuestField.email, "yael@example.com")));
    }

    @Test
    void anUnrecognizedColumnIsLeftOutAndAnExplicitMappingNamesIt() {
        String csv = "Invité,Courriel\nNoa,noa@example.com\n";

        List<FileRow> rows;
        try (GuestFile file = GuestFile.open(csv.getBytes(StandardCharsets.UTF_8),
                Map.of("firstName", "invité", "email", "Courriel"))) {
            rows = drain(file);
            assertThat(file.format()).isEqualTo(GuestFile.Format.csv);
        }

        assertThat(rows).containsExactly(new FileRow(2, Map.of(GuestField.firstName, "Noa",
                GuestField.email, "noa@example.com")));
    }

    @Test
    void skipBeforeResumesAtTheCheckpointedRow() {
        String csv = "name\nA\nB\n\nC\nD\n";
        try (GuestFile file = GuestFile.open(csv.getBytes(StandardCharsets.UTF_8), Map.of())) {
            file.skipBefore(5);
            assertThat(drain(file)).extracting(FileRow::number, row -> row.value(GuestField.fullName))
                    .containsExactly(tuple(5, "C"), tuple(6, "D"));
        }
    }

    @Test
    void skipBeforePastTheEndLeavesNothingToRead() {
        try (GuestFile file = GuestFile.open("name\nA\n".getBytes(StandardCharsets.UTF_8), Map.of())) {
            file.skipBefore(10);
            assertThat(file.next()).isEmpty();
        }
    }

    @Test
    void anEmptyFileABinaryFileAndAHeaderlessFileAreRefusedWithAReason() {
        assertThatThrownBy(() -> GuestFile.open(new byte[0], Map.of()))
                .isInstanceOf(UnreadableFileException.class).hasMessage("The file is empty");
        assertThatThrownBy(() -> GuestFile.open(new byte[] {'n', 0, 'a', 0, 'm', 'e'}, Map.of()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("The file is neither CSV text nor an XLSX workbook");
        assertThatThrownBy(() -> GuestFile.open("phone,email\n+972541234567,a@example.com\n"
                .getBytes(StandardCharsets.UTF_8), Map.of()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("No column could be read as a first name or a full name")
                .hasMessageContaining("[phone, email]");
    }

    @Test
    void aMalformedCsvFailsWhenItsBadRecordIsReached() {
        String csv = "name,phone\nDana,1\n\"Omer\"x,2\n";
        try (GuestFile file = GuestFile.open(csv.getBytes(StandardCharsets.UTF_8), Map.of())) {
            assertThat(file.next()).map(FileRow::number).contains(2);
            assertThatThrownBy(file::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("The CSV is malformed: ");
        }
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookKeepingNumericPhonesDigitForDigit() throws IOException {
        byte[] content = workbook(sheet -> {
            sheet.value(0, 0, "Given Name");
            sheet.value(0, 1, "Phone 1 - Value");
            sheet.value(0, 2, "Seats");
            sheet.value(1, 0, "Dana");
            sheet.value(1, 1, 972541234567L);
            sheet.value(1, 2, 2);
            sheet.value(3, 0, "Omer");
        });

        try (GuestFile file = GuestFile.open(content, Map.of())) {
            assertThat(file.format()).isEqualTo(GuestFile.Format.xlsx);
            assertThat(drain(file)).containsExactly(
                    new FileRow(2, Map.of(GuestField.firstName, "Dana", GuestField.phone, "972541234567",
                            GuestField.partySize, "2")),
                    new FileRow(4, Map.of(GuestField.firstName, "Omer")));
        }
    }

    @Test
    void theHeaderOfAWorkbookIsItsFirstNonBlankRow() throws IOException {
        byte[] content = workbook(sheet -> {
            sheet.value(2, 0, "Name");
            sheet.value(3, 0, "Dana Levi");
        });

        assertThat(rows(content)).containsExactly(new FileRow(4, Map.of(GuestField.fullName, "Dana Levi")));
    }

    @Test
    void aZipThatIsNotAWorkbookAndAnEmptySheetAreRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("guests.csv"));
            out.write("name\nDana\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> GuestFile.open(zip.toByteArray(), Map.of()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("The file is a ZIP archive but not an XLSX workbook");

        byte[] empty = workbook(sheet -> { });
        assertThatThrownBy(() -> GuestFile.open(empty, Map.of()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("The workbook's first sheet is empty");
    }

    private static List<FileRow> rows(byte[] content) {
        try (GuestFile file = GuestFile.open(content, Map.of())) {
            return drain(file);
        }
    }

    private static List<FileRow> drain(GuestFile file) {
        List<FileRow> rows = new ArrayList<>();
        for (Optional<FileRow> row = file.next(); row.isPresent(); row = file.next()) {
            rows.add(row.get());
        }
        return rows;
    }

    private interface SheetContent {
        void fill(Worksheet sheet);
    }

    /** A real XLSX file, written by fastexcel as a spreadsheet program would save it. */
    private static byte[] workbook(SheetContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "usher-test", "1.0")) {
            content.fill(workbook.newWorksheet("Guests"));
        }
        return out.toByteArray();
    }
}
