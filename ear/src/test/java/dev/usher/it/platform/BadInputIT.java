package dev.usher.it.platform;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Tokens;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a 4xx problem that names what is wrong, and nothing is written. */
class BadInputIT extends ArquillianIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON            | {"firstName": "Dana",        | 400 | line 1
            a JSON array, not object  | ["Dana"]                     | 422 | body: must be a JSON object
            unknown status            | {"firstName":"Dana","status":"maybe"} | 422 | invited, confirmed, declined
            wrong type                | {"firstName":"Dana","partySize":"three"} | 422 | partySize
            party size that wraps to 5 | {"firstName":"Dana","partySize":4294967301} | 422 | partySize: must be a whole number from 1 to 100
            party size past int       | {"firstName":"Dana","partySize":2147483648} | 422 | partySize: must be a whole number from 1 to 100
            party size of 1.5         | {"firstName":"Dana","partySize":1.5} | 422 | partySize: must be a whole number from 1 to 100
            a number as name          | {"firstName":123}            | 422 | firstName: must be text
            a name given twice        | {"firstName":"Dana","firstName":"Eve"} | 422 | firstName: is given twice
            NUL in a name             | {"firstName":"Da\\u0000na"} | 422 | firstName: must not contain the character U+0000
            NUL in a member name      | {"firstName":"Dana","x\\u0000":1} | 422 | U+0000
            nesting 100 deep          | {"firstName":"Dana","notes":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]} | 422 | nested deeper
            number past any range     | {"firstName":"Dana","partySize":1e9999999999} | 422 | partySize
            missing first name        | {"lastName":"Cohen"}         | 422 | firstName
            invalid phone             | {"firstName":"Dana","phone":"12"} | 422 | phone: is too short
            letters in phone          | {"firstName":"Dana","phone":"+972 54 CALL"} | 422 | phone
            invalid email             | {"firstName":"Dana","email":"dana@"} | 422 | email
            party of zero             | {"firstName":"Dana","partySize":0} | 422 | partySize
            """)
    void aBadGuestIsRefusedAndNothingIsWritten(String what, String body, int status, String detail) {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains(detail);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void anOverLongFieldIsNamed() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests"), "{\"firstName\":\"" + "x".repeat(101) + "\"}");
        assertThat(reply.status()).isEqualTo(422);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("firstName");
        assertThat(error.getString("message")).contains("100");
    }

    @Test
    void anOversizedBodyIs413AndNothingIsWritten() {
        Fixture f = Fixture.create();
        String notes = "n".repeat(11 * 1024 * 1024);
        Api.Reply reply = f.editor.post(f.events("/guests"), "{\"firstName\":\"Big\",\"notes\":\"" + notes + "\"}");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void anEventWithoutANameOrWithABadTimeZoneIsRefused() {
        Api ann = Api.newUser();
        Api.Reply reply = ann.post("/api/events", "{\"name\":\" \",\"timeZone\":\"Mars/Base\",\"phoneRegion\":\"XX\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("name", "timeZone", "phoneRegion");
        assertThat(ann.get("/api/events").array()).isEmpty();
    }

    @Test
    void anUnknownPatchFieldIsNamedAndNothingChanges() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.admin.patch(f.events(""), "{\"name\":\"Renamed\",\"owner\":\"me\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("owner");
        assertThat(ok(f.admin.get(f.events(""))).getString("name")).isEqualTo("Fixture event");
    }

    @Test
    void badQueryParametersAreNamed() {
        Fixture f = Fixture.create();
        for (String query : new String[] {"limit=abc", "limit=9999", "status=maybe", "sort=password", "skip=-1"}) {
            Api.Reply reply = f.viewer.get(f.events("/guests?" + query));
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.object().getString("detail")).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aWrongMediaTypeOrPathIsAProblemToo() {
        Fixture f = Fixture.create();
        Api.Reply xml = f.editor.send("POST", f.events("/guests"), "<guest/>", "application/xml");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.isProblem()).isTrue();
        Api.Reply notAnId = f.editor.get("/api/events/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.isProblem()).isTrue();
    }

    @Test
    void nulIsRefusedWhereverItComesFromAndNamed() {
        Fixture f = Fixture.create();
        Api.Reply event = f.admin.post("/api/events", "{\"name\":\"Gala\\u0000\"}");
        assertThat(event.status()).as(event.toString()).isEqualTo(422);
        assertThat(event.body()).contains("name").contains("U+0000");
        Api.Reply member = f.admin.post(f.events("/invite-member"),
                "{\"email\":\"" + Api.uniqueEmail("m") + "\",\"role\":\"viewer\",\"displayName\":\"M\\u0000\"}");
        assertThat(member.status()).as(member.toString()).isEqualTo(422);
        assertThat(member.body()).contains("displayName");
        Api.Reply query = f.viewer.get(f.events("/guests?side=%00"));
        assertThat(query.status()).as(query.toString()).isEqualTo(400);
        assertThat(query.isProblem()).isTrue();
        assertThat(query.object().getString("detail")).contains("side").contains("U+0000");
        // A %00 in the path never reaches the application: Liberty's web container answers 400 itself.
        assertThat(f.viewer.get("/api/events/%00").status()).isEqualTo(400);
        Api.Reply claim = Api.as("nul\u0000" + Api.uniqueEmail("c")).get("/api/me");
        assertThat(claim.status()).as(claim.toString()).isEqualTo(400);
        assertThat(claim.object().getString("detail")).contains("The token's claim").contains("U+0000");
        Api.Reply patch = f.editor.patch(f.events("/guests/" + f.guestId), "{\"notes\":\"\\u0000\"}");
        assertThat(patch.status()).as(patch.toString()).isEqualTo(422);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM events WHERE name LIKE 'Gala%' AND id IN "
                + "(SELECT event_id FROM event_members m JOIN users u ON u.id = m.user_id WHERE u.email = ?)", f.adminEmail))
                .isZero();
    }

    @Test
    void aMergePatchThatIsNotAnObjectOrWhoseNumbersWrapIsRefused() {
        Fixture f = Fixture.create();
        for (String body : new String[] {"[1,2]", "3", "\"name\""}) {
            Api.Reply reply = f.admin.patch(f.events(""), body);
            assertThat(reply.status()).as(body + " " + reply).isEqualTo(422);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.body()).contains("must be a JSON object");
        }
        Api.Reply wraps = f.editor.patch(f.events("/guests/" + f.guestId), "{\"partySize\":4294967301}");
        assertThat(wraps.status()).as(wraps.toString()).isEqualTo(422);
        assertThat(wraps.body()).contains("partySize").contains("from 1 to 100");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getInt("partySize")).isEqualTo(1);
        Api.Reply name = f.admin.patch(f.events(""), "{\"name\":123}");
        assertThat(name.status()).as(name.toString()).isEqualTo(422);
        assertThat(ok(f.admin.get(f.events(""))).getString("name")).isEqualTo("Fixture event");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsWritten() throws Exception {
        Fixture f = Fixture.create();
        byte[] head = "{\"firstName\":\"Big\",\"notes\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.InputStream body = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
                new java.io.InputStream() {
                    private long left = 12L * 1024 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'n' : -1;
                    }
                });
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.baseUrl() + f.events("/guests")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.valid(f.editorEmail))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        java.net.http.HttpResponse<String> reply;
        try {
            reply = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedWhileSending) {
            reply = null; // the server may answer and close before the client has sent everything
        }
        if (reply != null) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void multipartSentAsJsonIsA415ThatNamesWhatTheOperationTakes() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests/import-file"), "{\"file\":\"x\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.object().getString("detail")).contains("multipart/form-data").contains("application/json");
    }

    @Test
    void encodedSlashesAndUnknownPathsAreProblemDocuments() {
        Fixture f = Fixture.create();
        for (String path : new String[] {"/api/events/a%2Fb", "/api/events/" + f.eventId + "%2Fguests", "/api/%2F%2F",
                "/api/events/" + f.eventId + "/guests/a%2F..%2Fb", "/api/nothing-here", "/no-such-page"}) {
            Api.Reply reply = f.viewer.get(path);
            assertThat(reply.status()).as(path + " " + reply).isBetween(400, 499);
            assertThat(reply.isProblem()).as(path + " " + reply).isTrue();
            assertThat(reply.object().getInt("status")).isEqualTo(reply.status());
        }
    }

    @Test
    void anOversizedAuthorizationHeaderIsAProblem() {
        Api.Reply reply = Api.bearer("x".repeat(40 * 1024)).get("/api/me");
        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    }

    @Test
    void aRefusedUploadWritesNothingAndStartsNoJob() {
        // One accepted upload first, so that Liberty has made its job tables to count in.
        Fixture first = Fixture.create();
        Api.Reply started = first.editor.postFile(first.events("/guests/import-file"), java.util.Map.of(), "a.csv",
                "firstName\nAvi\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JobsApi.awaitEnd(first.editor, JobsApi.executionId(started));
        Fixture f = Fixture.create();
        long instances = Db.count("SELECT count(*) FROM jbatch.jobinstance");
        byte[] csv = "firstName\nDana\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply longName = f.editor.postFile(f.events("/guests/import-file"), java.util.Map.of(), "n".repeat(300) + ".csv", csv);
        assertThat(longName.status()).as(longName.toString()).isEqualTo(422);
        assertThat(longName.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(longName.body()).contains("255");
        // The multipart reader itself refuses a NUL in the part's header (400); either way a problem.
        Api.Reply nulName = f.editor.postFile(f.events("/guests/import-file"), java.util.Map.of(), "na\u0000me.csv", csv);
        assertThat(nulName.status()).as(nulName.toString()).isIn(400, 422);
        assertThat(nulName.isProblem()).isTrue();
        Api.Reply nulField = f.editor.postFile(f.events("/guests/import-file"), java.util.Map.of("duplicates", "sk\u0000ip"),
                "ok.csv", csv);
        assertThat(nulField.status()).as(nulField.toString()).isIn(400, 422);
        assertThat(nulField.isProblem()).isTrue();
        Api.Reply mapping = f.editor.postFile(f.events("/guests/import-file"),
                java.util.Map.of("mapping", "{\"firstName\":\"" + "h".repeat(300) + "\"}"), "ok.csv", csv);
        assertThat(mapping.status()).as(mapping.toString()).isEqualTo(422);
        assertThat(mapping.body()).contains("mapping.firstName");
        assertThat(Db.count("SELECT count(*) FROM import_files WHERE event_id = ?::uuid", f.eventId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM job_runs WHERE event_id = ?::uuid", f.eventId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM jbatch.jobinstance")).isEqualTo(instances);
    }

    @Test
    void aLongButAllowedFileNameImportsAndOrphanedFilesAreCleanedOnTheNextUpload() {
        Fixture f = Fixture.create();
        String orphan = java.util.UUID.randomUUID().toString();
        Db.update("INSERT INTO import_files (id, event_id, file_name, size_bytes, content, created_at) "
                + "VALUES (?::uuid, ?::uuid, 'orphan.csv', 1, '\\x41'::bytea, now() - interval '1 hour')", orphan, f.eventId);
        String recent = java.util.UUID.randomUUID().toString();
        Db.update("INSERT INTO import_files (id, event_id, file_name, size_bytes, content) "
                + "VALUES (?::uuid, ?::uuid, 'in-flight.csv', 1, '\\x41'::bytea)", recent, f.eventId);
        Api.Reply accepted = f.editor.postFile(f.events("/guests/import-file"), java.util.Map.of(),
                "n".repeat(251) + ".csv", "firstName\nDana\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonObject job = JobsApi.awaitEnd(f.editor, JobsApi.executionId(accepted));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(Db.count("SELECT count(*) FROM import_files WHERE id = ?::uuid", orphan)).isZero();
        assertThat(Db.count("SELECT count(*) FROM import_files WHERE id = ?::uuid", recent)).isEqualTo(1);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(2);
    }

    @Test
    void aFileRowWithAFractionalOrWrappingPartySizeIsARowErrorNotATruncatedGuest() {
        Fixture f = Fixture.create();
        byte[] csv = "firstName,partySize\nDana,1.5\nEve,4294967301\nGil,3.0\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long execution = JobsApi.executionId(f.editor.postFile(f.events("/guests/import-file"), java.util.Map.of(),
                "numbers.csv", csv));
        JsonObject job = JobsApi.awaitEnd(f.editor, execution);
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        java.util.List<String> errors = f.editor.get("/api/jobs/" + execution + "/errors").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("column", "") + ": " + e.getString("reason"))
                .toList();
        assertThat(errors).containsExactly("2 partySize: '1.5' is not a whole number from 1 to 100",
                "3 partySize: '4294967301' is not a whole number from 1 to 100");
        assertThat(ok(f.viewer.get(f.events("/guests?q=gil"))).getJsonArray("items").getJsonObject(0).getInt("partySize"))
                .isEqualTo(3);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(2);
    }
}
