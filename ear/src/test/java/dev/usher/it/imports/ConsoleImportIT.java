package dev.usher.it.imports;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.usher.it.console.ConsoleIT.signIn;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import tab in a real browser: a guest file chosen in the page, its dry run with what
 * it would do and the per-row report, then the real import; XLSX with a column mapping; and
 * the problems (a refused upload, a failed job) shown as the server wrote them.
 */
class ConsoleImportIT extends ArquillianIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @TempDir
    Path files;

    @Test
    void anEditorPreviewsACsvThenImportsItAndReadsThePerRowReport() throws IOException {
        Fixture f = Fixture.create();
        Path csv = Files.write(files.resolve("guests.csv"), GuestImportJobIT.messyCsv());
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/import");
        signIn(browser, f.editorEmail);
        browser.upload(By.id("import-file"), csv);
        browser.click(By.id("import-preview"));

        // The dry run: what would happen, and every row it would leave out, with nothing written.
        browser.waitFor(By.id("preview-summary"));
        By preview = By.id("import-preview-job");
        assertThat(count(browser, preview, "would-insert")).isEqualTo("2");
        assertThat(count(browser, preview, "duplicates")).isEqualTo("2");
        assertThat(count(browser, preview, "invalid")).isEqualTo("3");
        browser.waitUntil(d -> reportRows(browser, preview).size() == 5);
        List<String> rows = reportRows(browser, preview);
        assertThat(rows.get(0)).startsWith("3 phone skipped: same phone as guest " + f.guestId);
        assertThat(rows.get(1)).startsWith("4 Prénom must not be blank");
        assertThat(rows.get(2)).startsWith("5 Téléphone is too short");
        assertThat(rows.get(3)).startsWith("6 phone skipped: same phone as guest");
        assertThat(rows.get(4)).startsWith("8 Party size 'three' is not a number");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
        browser.scrollTo(preview);
        browser.screenshot("10-import-preview");

        // The real import of the same file.
        browser.click(By.id("import-run"));
        browser.waitFor(By.id("import-done"));
        By run = By.id("import-run-job");
        assertThat(count(browser, run, "inserted")).isEqualTo("2");
        assertThat(count(browser, run, "invalid")).isEqualTo("3");
        browser.waitUntil(d -> reportRows(browser, run).size() == 5);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(3);
        browser.scrollTo(run);
        browser.screenshot("11-import-done");

        // The guest list as CSV, fetched with the bearer token and handed to the browser as a file.
        browser.click(By.cssSelector("usher-import-panel .export-csv"));
        browser.waitForText(By.cssSelector("usher-export-button .live-status"), "guests.csv downloaded.");
        Object csvText = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import(new URL('js/imports/imports-api.js', document.baseURI)).then((m) => m.exportGuestsCsv(arguments[0]))
                  .then((file) => file.blob.text()).then(done, (e) => done('failed: ' + e.message));""", f.eventId);
        assertThat((String) csvText).contains("Zoé").contains("Tal").contains("Noa");

        // An editor finds both jobs of the event from the import tab, filters them, and opens the import's report.
        browser.click(By.id("event-jobs"));
        browser.waitForText(By.id("jobs-range"), "1–2 of 2");
        assertThat(browser.driver().findElements(By.cssSelector("li.job-card[data-status=COMPLETED]"))).hasSize(2);
        assertThat(browser.text(By.cssSelector("li.job-card .file-name"))).isEqualTo("guests.csv");
        browser.choose(By.id("jobs-status"), "FAILED");
        browser.waitForText(By.id("jobs-range"), "0 jobs");
        browser.choose(By.id("jobs-status"), "COMPLETED");
        browser.choose(By.id("jobs-type"), "Guest import");
        browser.waitForText(By.id("jobs-range"), "1–2 of 2");
        assertThat(browser.driver().getCurrentUrl()).contains("status=COMPLETED").contains("type=guest-import");
        long imported = ok(f.editor.get("/api/jobs?eventId=" + f.eventId)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonObject("parameters").getString("dryRun").equals("false"))
                .findFirst().orElseThrow().getJsonNumber("executionId").longValue();
        browser.click(By.cssSelector("li.job-card[data-execution-id='" + imported + "'] h2 a"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("usher-job-page table.row-errors tbody tr")).size() == 5);
        assertThat(browser.text(By.cssSelector("usher-job-page table.row-errors tr[data-row='8']")))
                .contains("'three' is not a number");
    }

    @Test
    void anXlsxWorkbookImportsWithTheColumnsNamedInThePage() throws IOException {
        Fixture f = Fixture.create();
        Path xlsx = files.resolve("guests.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "usher-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Guests");
            sheet.value(0, 0, "Invité");
            sheet.value(0, 1, "Numéro");
            sheet.value(0, 2, "Groupe");
            sheet.value(1, 0, "Amira Haddad");
            sheet.value(1, 1, "+216 20 123 456");
            sheet.value(1, 2, "bride");
            sheet.value(2, 0, "Yossi");
            sheet.value(2, 1, 547778899L);
            sheet.value(2, 2, "groom");
        }
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/import");
        signIn(browser, f.adminEmail);
        browser.upload(By.id("import-file"), xlsx);
        browser.click(By.cssSelector("details.mapping summary"));
        browser.type(By.id("map-fullName"), "invité");
        browser.type(By.id("map-phone"), "Numéro");
        browser.type(By.id("map-side"), "Groupe");
        browser.click(By.id("import-preview"));
        browser.waitFor(By.id("preview-summary"));
        assertThat(count(browser, By.id("import-preview-job"), "would-insert")).isEqualTo("2");
        browser.waitFor(By.cssSelector("#import-preview-job .row-report-empty"));
        browser.click(By.id("import-run"));
        browser.waitFor(By.id("import-done"));
        assertThat(count(browser, By.id("import-run-job"), "inserted")).isEqualTo("2");

        JsonObject yossi = f.viewer.get(f.events("/guests?q=yossi")).object().getJsonArray("items").getJsonObject(0);
        assertThat(yossi.getString("phone")).isEqualTo("+972547778899");
        assertThat(yossi.getString("side")).isEqualTo("groom");
        JsonObject amira = f.viewer.get(f.events("/guests?q=amira")).object().getJsonArray("items").getJsonObject(0);
        assertThat(amira.getString("lastName")).isEqualTo("Haddad");
    }

    @Test
    void aRefusedUploadAndAFailedJobShowWhatTheServerSaid() throws IOException {
        Fixture f = Fixture.create();
        Browser browser = browsers.open();
        browser.go("/#/events/" + f.eventId + "/import");
        signIn(browser, f.editorEmail);

        // An empty file is refused before any job starts (422, next to the file field).
        Path empty = Files.write(files.resolve("empty.csv"), new byte[0]);
        String expected = f.editor.postFile(f.events("/guests/import-file"), java.util.Map.of(), "empty.csv",
                new byte[0]).object().getJsonArray("errors").getJsonObject(0).getString("message");
        browser.upload(By.id("import-file"), empty);
        browser.click(By.id("import-preview"));
        assertThat(browser.text(By.id("import-file-error"))).isEqualTo(expected);
        assertThat(browser.text(By.cssSelector("usher-import-panel .problem-title"))).contains("422");

        // A mapping naming a column the file lacks: the job fails and says why.
        Path csv = Files.writeString(files.resolve("a.csv"), "first name,phone\nAda,0541234567\n", StandardCharsets.UTF_8);
        browser.upload(By.id("import-file"), csv);
        browser.click(By.cssSelector("details.mapping summary"));
        browser.type(By.id("map-phone"), "Mobile number");
        browser.click(By.id("import-preview"));
        browser.waitForText(By.cssSelector("#import-preview-job .job-failure .problem-detail"), "Mobile number");
        assertThat(browser.text(By.cssSelector("#import-preview-job .job-failure .problem-detail")))
                .contains("The mapping names a column 'Mobile number' that the file does not have");
        assertThat(browser.present(By.id("import-run"))).isFalse();
        browser.scrollTo(By.cssSelector("usher-import-panel form"));
        browser.screenshot("12-import-failed");
    }

    private static String count(Browser browser, By section, String counter) {
        return browser.driver().findElement(section).findElement(By.cssSelector("[data-count='" + counter + "'] dd")).getText();
    }

    /** The per-row report of a section, one "row column reason" line per rejected row. */
    private static List<String> reportRows(Browser browser, By section) {
        return browser.driver().findElement(section).findElements(By.cssSelector("table.row-errors tbody tr")).stream()
                .map(tr -> String.join(" ", tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
                .toList();
    }
}
