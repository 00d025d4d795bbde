package dev.usher.it.imports;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static org.assertj.core.api.Assertions.assertThat;

/** The guest-import job on real files, through the upload and the job operations API. */
class GuestImportJobIT extends ArquillianIT {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** BOM, semicolons, Windows line ends, a quoted field with a line break, accents, bad rows, duplicates. */
    static byte[] messyCsv() {
        String text = "Prénom;Nom;Téléphone;E-mail;Side;Party size;Notes\r\n"
                + "Zoé;Lévy;054-111-2233;zoe@example.com;bride;2;\"Allergic to nuts;\r\nsits near the door\"\r\n"
                + "Noa;Levi;+972 54-765-4321;;groom;1;same phone as the fixture guest\r\n"
                + ";NoFirstName;052-000-0000;;bride;1;\r\n"
                + "Bad;Phone;12;;bride;1;\r\n"
                + "Zoé again;Lévy;+972541112233;;bride;1;same phone as row 2\r\n"
                + "\r\n"
                + "Omer;Katz;;omer@example.com;groom;three;\r\n"
                + "Tal;Dahan;00972 50 123 4567;TAL@example.com;groom;4;\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    @Test
    void aMessyCsvImportsEveryGoodRowAndReportsEveryOtherOneExactly() {
        Fixture f = Fixture.create();
        long execution = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "guests.csv",
                messyCsv()));
        JsonObject job = awaitEnd(f.editor, execution);
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "inserted")).isEqualTo(2);
        assertThat(count(job, "duplicates")).isEqualTo(2);
        assertThat(count(job, "invalid")).isEqualTo(3);

        List<String> errors = f.editor.get("/api/jobs/" + execution + "/errors").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("column", "") + ": " + e.getString("reason"))
                .toList();
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).startsWith("3 phone: skipped: same phone as guest " + f.guestId);
        assertThat(errors.get(1)).startsWith("4 Prénom: must not be blank");
        assertThat(errors.get(2)).startsWith("5 Téléphone: is too short");
        assertThat(errors.get(3)).startsWith("6 phone: skipped: same phone as guest");
        assertThat(errors.get(4)).startsWith("8 Party size: 'three' is not a number");

        JsonObject zoe = f.viewer.get(f.events("/guests?q=zoe")).object().getJsonArray("items").getJsonObject(0);
        assertThat(zoe.getString("firstName")).isEqualTo("Zoé");
        assertThat(zoe.getString("lastName")).isEqualTo("Lévy");
        assertThat(zoe.getString("phone")).isEqualTo("+972541112233");
        assertThat(zoe.getString("notes")).isEqualTo("Allergic to nuts;\r\nsits near the door");
        assertThat(zoe.getInt("partySize")).isEqualTo(2);
        JsonObject tal = f.viewer.get(f.events("/guests?q=tal@")).object().getJsonArray("items").getJsonObject(0);
        assertThat(tal.getString("phone")).isEqualTo("+972501234567");
        assertThat(tal.getString("email")).isEqualTo("tal@example.com");
    }

    @Test
    void importingTheSameFileAgainWithSkipAddsNothing() {
        Fixture f = Fixture.create();
        awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "a.csv", messyCsv())));
        JsonObject again = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"),
                Map.of("duplicates", "skip"), "a.csv", messyCsv())));
        assertThat(count(again, "inserted")).isZero();
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(3);
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndWritesNothing() {
        Fixture f = Fixture.create();
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"),
                Map.of("dryRun", "true"), "guests.csv", messyCsv())));
        assertThat(job.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(count(job, "would-insert")).isEqualTo(2);
        assertThat(count(job, "duplicates")).isEqualTo(2);
        assertThat(count(job, "invalid")).isEqualTo(3);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void theUpdatePolicyMergesNonEmptyFieldsIntoTheExistingGuest() {
        Fixture f = Fixture.create();
        String csv = "first name,phone,email,notes\nNoa,+972547654321,noa@example.com,vegetarian\n";
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"),
                Map.of("duplicates", "update"), "update.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(count(job, "updated")).isEqualTo(1);
        JsonObject noa = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(noa.getString("email")).isEqualTo("noa@example.com");
        assertThat(noa.getString("notes")).isEqualTo("vegetarian");
        assertThat(noa.getString("lastName")).isEqualTo("Levi");
    }

    @Test
    void anUpdateLeavesAHouseholdsPartySizeToItsMembers() {
        Fixture f = Fixture.create();
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"plusOnesAllowed\":1,\"members\":[{\"name\":\"Noa\"}]}"));
        String csv = "first name,phone,party size,notes\nNoa,+972547654321,6,vegetarian\n";
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"),
                Map.of("duplicates", "update"), "update.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(count(job, "updated")).isEqualTo(1);
        JsonObject noa = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(noa.getString("notes")).isEqualTo("vegetarian");
        assertThat(noa.getInt("partySize")).isEqualTo(2);
    }

    @Test
    void anXlsxWorkbookImportsWithNumericPhonesAndAnExplicitMapping() throws IOException {
        Fixture f = Fixture.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "usher-test", "1.0")) {
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
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"),
                Map.of("mapping", "{\"fullName\":\"invité\",\"phone\":\"Numéro\",\"side\":\"Groupe\"}"),
                "guests.xlsx", out.toByteArray())));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "inserted")).isEqualTo(2);
        JsonObject amira = f.viewer.get(f.events("/guests?q=amira")).object().getJsonArray("items").getJsonObject(0);
        assertThat(amira.getString("lastName")).isEqualTo("Haddad");
        assertThat(amira.getString("phone")).isEqualTo("+21620123456");
        JsonObject yossi = f.viewer.get(f.events("/guests?q=yossi")).object().getJsonArray("items").getJsonObject(0);
        assertThat(yossi.getString("phone")).isEqualTo("+972547778899");
        assertThat(yossi.getString("side")).isEqualTo("groom");
    }

    @Test
    void aGoogleContactsExportImportsWithoutAMapping() {
        Fixture f = Fixture.create();
        String csv = "First Name,Middle Name,Last Name,Nickname,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,"
                + "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Notes\n"
                + "Rina,,Ben-David,,* Home,rina@example.com,Mobile,+972 52-444-5555 ::: +972 3-555-6666,Work,"
                + "+972 3-777-8888,met at the gala\n";
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(),
                "contacts.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(count(job, "inserted")).isEqualTo(1);
        JsonObject rina = f.viewer.get(f.events("/guests?q=rina")).object().getJsonArray("items").getJsonObject(0);
        assertThat(rina.getString("lastName")).isEqualTo("Ben-David");
        assertThat(rina.getString("phone")).isEqualTo("+972524445555");
        assertThat(rina.getString("email")).isEqualTo("rina@example.com");
        assertThat(rina.getString("notes")).isEqualTo("met at the gala");
    }

    @Test
    void aFileThatIsNoSpreadsheetFailsTheJobWithAClearReason() {
        Fixture f = Fixture.create();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        JsonObject job = awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(),
                "photo.png", png)));
        assertThat(job.getString("batchStatus")).isEqualTo("FAILED");
        assertThat(job.getString("exitStatus")).contains("neither CSV text nor an XLSX workbook");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void badUploadsAreRefusedBeforeAnyJobStarts() {
        Fixture f = Fixture.create();
        assertThat(f.editor.postFile(f.events("/guests/import-file"), Map.of(), null, null).status()).isEqualTo(422);
        // A text field named file (what a client sends when it does not know file is a file) is no upload.
        Api.Reply textField = f.editor.postFile(f.events("/guests/import-file"),
                Map.of("file", "firstName\nNoa\n"), null, null);
        assertThat(textField.status()).as(textField.toString()).isEqualTo(422);
        assertThat(textField.body()).contains("\"field\":\"file\"").contains("file part");
        Api.Reply policy = f.editor.postFile(f.events("/guests/import-file"), Map.of("duplicates", "merge"), "a.csv",
                messyCsv());
        assertThat(policy.status()).isEqualTo(422);
        assertThat(policy.body()).contains("skip, update or create-anyway");
        Api.Reply mapping = f.editor.postFile(f.events("/guests/import-file"), Map.of("mapping", "{\"colour\":\"x\"}"),
                "a.csv", messyCsv());
        assertThat(mapping.status()).isEqualTo(422);
        assertThat(mapping.body()).contains("mapping.colour");
        assertThat(f.viewer.postFile(f.events("/guests/import-file"), Map.of(), "a.csv", messyCsv()).status())
                .isEqualTo(403);
        assertThat(f.outsider.postFile(f.events("/guests/import-file"), Map.of(), "a.csv", messyCsv()).status())
                .isEqualTo(404);
    }
}
