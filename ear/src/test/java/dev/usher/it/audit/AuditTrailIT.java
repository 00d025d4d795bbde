package dev.usher.it.audit;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes made through the real API leave the entries they should (actor, action, subject, before and
 * after), refused changes leave none, the filters and paging select what they say, the CSV export
 * parses and holds the same rows, and another event's trail is out of reach.
 */
class AuditTrailIT extends ArquillianIT {

    @Test
    void changesThroughTheApiAreRecordedWithTheirActorAndWhatChanged() {
        Fixture f = Fixture.create();
        // The fixture's own changes: the event, two members, one guest.
        assertThat(actions(f, "")).containsExactly("guest.created", "member.added", "member.added", "event.created");

        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"lastName\":\"Cohen\",\"partySize\":2}"));
        ok(f.admin.patch(f.events("/members/" + f.viewerId), "{\"role\":\"editor\"}"));
        ok(f.admin.patch(f.events(""), "{\"name\":\"Renamed\",\"rsvpAllowsMaybe\":true}"));
        assertThat(f.admin.delete(f.events("/guests/" + f.guestId)).status()).isEqualTo(204);
        assertThat(f.admin.delete(f.events("/members/" + f.viewerId)).status()).isEqualTo(204);

        List<JsonObject> entries = entries(f, "");
        assertThat(entries).extracting(e -> e.getString("action")).startsWith("member.removed", "guest.deleted",
                "event.settings_changed", "member.role_changed", "guest.updated");

        JsonObject updated = entries.get(4);
        assertThat(updated.getString("actorEmail")).isEqualTo(f.editorEmail);
        assertThat(updated.getString("actorId")).isEqualTo(f.editorId);
        assertThat(updated.getString("subjectType")).isEqualTo("guest");
        assertThat(updated.getString("subjectId")).isEqualTo(f.guestId);
        JsonObject changes = updated.getJsonObject("changes");
        assertThat(changes.keySet()).containsExactlyInAnyOrder("lastName", "partySize");
        assertThat(changes.getJsonObject("lastName").getString("before")).isEqualTo("Levi");
        assertThat(changes.getJsonObject("lastName").getString("after")).isEqualTo("Cohen");
        assertThat(changes.getJsonObject("partySize").getInt("before")).isEqualTo(1);
        assertThat(changes.getJsonObject("partySize").getInt("after")).isEqualTo(2);

        JsonObject role = entries.get(3);
        assertThat(role.getString("actorEmail")).isEqualTo(f.adminEmail);
        assertThat(role.getString("subjectType")).isEqualTo("member");
        assertThat(role.getString("subjectId")).isEqualTo(f.viewerId);
        assertThat(role.getJsonObject("changes").getJsonObject("role").getString("before")).isEqualTo("viewer");
        assertThat(role.getJsonObject("changes").getJsonObject("role").getString("after")).isEqualTo("editor");

        JsonObject settings = entries.get(2).getJsonObject("changes");
        assertThat(settings.keySet()).containsExactlyInAnyOrder("name", "rsvpAllowsMaybe");
        assertThat(settings.getJsonObject("name").getString("before")).isEqualTo("Fixture event");
        assertThat(settings.getJsonObject("name").getString("after")).isEqualTo("Renamed");

        JsonObject deleted = entries.get(1);
        assertThat(deleted.getString("subjectId")).isEqualTo(f.guestId);
        assertThat(deleted.getJsonObject("changes").getString("firstName")).isEqualTo("Noa");
        assertThat(deleted.getJsonObject("changes").getString("lastName")).isEqualTo("Cohen");

        JsonObject removed = entries.get(0);
        assertThat(removed.getString("subjectId")).isEqualTo(f.viewerId);
        assertThat(removed.getJsonObject("changes").getString("email")).isEqualTo(f.viewerEmail);
        assertThat(removed.getJsonObject("changes").getString("role")).isEqualTo("editor");

        // A patch that changes nothing is no change: no entry.
        ok(f.admin.patch(f.events(""), "{\"name\":\"Renamed\"}"));
        assertThat(entries(f, "")).hasSize(entries.size());
    }

    @Test
    void refusedChangesLeaveNoEntry() {
        Fixture f = Fixture.create();
        long before = Db.count("SELECT count(*) FROM audit_entries WHERE event_id = ?::uuid", f.eventId);
        assertThat(before).isEqualTo(4);

        assertThat(f.editor.patch(f.events("/guests/" + f.guestId), "{\"email\":\"not an address\"}").status())
                .isEqualTo(422);
        assertThat(f.editor.post(f.events("/guests"), "{\"lastName\":\"No first name\"}").status()).isEqualTo(422);
        assertThat(f.admin.patch(f.events(""), "{\"name\":\"\"}").status()).isEqualTo(422);
        assertThat(f.admin.patch(f.events("/members/" + f.viewerId), "{\"role\":\"owner\"}").status()).isEqualTo(422);
        assertThat(f.admin.post(f.events("/invite-member"), "{\"email\":\"" + f.editorEmail + "\",\"role\":\"viewer\"}")
                .status()).isEqualTo(409);
        assertThat(f.editor.delete(f.events("/guests/" + f.guestId)).status()).isEqualTo(403);
        assertThat(f.admin.post(f.events("/guests/import?atomic=true"),
                "[{\"firstName\":\"Ok\"},{\"lastName\":\"missing first\"}]").status()).isEqualTo(422);
        // A duplicate refused after the guest list was locked and read.
        assertThat(f.admin.post(f.events("/guests"), "{\"firstName\":\"Twin\",\"phone\":\"+972 54-765-4321\"}")
                .status()).isEqualTo(409);

        assertThat(Db.count("SELECT count(*) FROM audit_entries WHERE event_id = ?::uuid", f.eventId))
                .isEqualTo(before);
        assertThat(ok(f.editor.get(f.events("/guests/" + f.guestId))).getString("lastName")).isEqualTo("Levi");
    }

    @Test
    void bulkWorkIsOneEntryPerRequestOrJobNotPerRow() {
        Fixture f = Fixture.create();
        JsonObject report = ok(f.editor.post(f.events("/guests/import"),
                "[{\"firstName\":\"A\"},{\"firstName\":\"B\"},{\"firstName\":\"C\",\"email\":\"bad\"}]"));
        assertThat(report.getInt("inserted")).isEqualTo(2);
        List<JsonObject> imported = entries(f, "?action=guest.imported");
        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).getString("actorEmail")).isEqualTo(f.editorEmail);
        assertThat(imported.get(0).getJsonObject("changes").getInt("rows")).isEqualTo(3);
        assertThat(imported.get(0).getJsonObject("changes").getInt("inserted")).isEqualTo(2);
        assertThat(imported.get(0).getJsonObject("changes").getInt("invalid")).isEqualTo(1);
        assertThat(entries(f, "?action=guest.created")).hasSize(1); // only the fixture's own guest

        byte[] csv = "First name,Last name\nDana,Bar\nEli,Gal\nFay,Tal\n".getBytes(StandardCharsets.UTF_8);
        long execution = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "three.csv", csv));
        List<JsonObject> started = entries(f, "?subjectType=job");
        assertThat(started).hasSize(1);
        assertThat(started.get(0).getString("action")).isEqualTo("guest.import_started");
        assertThat(started.get(0).getJsonObject("changes").getJsonNumber("executionId").longValue()).isEqualTo(execution);
        assertThat(started.get(0).getJsonObject("changes").getString("fileName")).isEqualTo("three.csv");
        dev.usher.it.support.clients.JobsApi.awaitEnd(f.editor, execution);
        assertThat(entries(f, "?subjectType=job")).hasSize(1);
        assertThat(entries(f, "?action=guest.created")).hasSize(1);
    }

    @Test
    void invitationsCreatedResentAndRevokedAreRecordedWithoutTheirCode() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("ann");
        String guest = created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Ann\",\"email\":\"" + email + "\"}"))
                .getString("id");
        JsonObject report = ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + guest + "\"],\"send\":false}"));
        JsonObject invitation = report.getJsonArray("invitations").getJsonObject(0);
        List<JsonObject> made = entries(f, "?action=invitation.created");
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getString("subjectId")).isEqualTo(invitation.getString("id"));
        assertThat(made.get(0).getJsonObject("changes").getString("number")).isEqualTo(invitation.getString("number"));
        assertThat(made.get(0).getJsonObject("changes").getString("guestId")).isEqualTo(guest);

        // A resend by an admin is recorded with what it renewed; one refused as too soon (429) is not.
        String until = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(7)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        ok(f.admin.post(f.events("/invitations/" + invitation.getString("id") + "/resend"),
                "{\"expiresAt\":\"" + until + "\"}"));
        assertThat(f.admin.post(f.events("/invitations/" + invitation.getString("id") + "/resend"), null).status())
                .isEqualTo(429);
        List<JsonObject> resent = entries(f, "?action=invitation.resent");
        assertThat(resent).hasSize(1);
        assertThat(resent.get(0).getString("actorEmail")).isEqualTo(f.adminEmail);
        assertThat(resent.get(0).getString("subjectId")).isEqualTo(invitation.getString("id"));
        assertThat(java.time.OffsetDateTime.parse(resent.get(0).getJsonObject("changes").getString("expiresAt")))
                .isEqualTo(java.time.OffsetDateTime.parse(until));

        // A new expiry set by hand: before and after.
        ok(f.admin.put(f.events("/invitations/" + invitation.getString("id") + "/expiry"), "{\"expiresAt\":null}"));
        List<JsonObject> expiry = entries(f, "?action=invitation.expiry_changed");
        assertThat(expiry).hasSize(1);
        JsonObject expiresAt = expiry.get(0).getJsonObject("changes").getJsonObject("expiresAt");
        assertThat(java.time.OffsetDateTime.parse(expiresAt.getString("before"))).isEqualTo(java.time.OffsetDateTime.parse(until));
        assertThat(expiresAt.isNull("after")).isTrue();

        Api superAdmin = Api.newUser("super-admin");
        String official = created(superAdmin.post("/api/admin/official-invitations", "{\"recipientName\":\"Bo\","
                + "\"email\":\"bo@example.com\",\"eventId\":\"" + f.eventId + "\",\"send\":false}")).getString("id");
        assertThat(superAdmin.delete("/api/admin/official-invitations/" + official).status()).isEqualTo(204);
        List<JsonObject> revoked = entries(f, "?subjectId=" + official);
        assertThat(revoked).extracting(e -> e.getString("action")).containsExactly("invitation.revoked",
                "invitation.created");

        String token = Db.textIn(System.getProperty("usher.it.db.url"), "SELECT token FROM invitations WHERE id = ?::uuid", official);
        assertThat(f.admin.get(f.events("/audit")).body()).doesNotContain(token);
        assertThat(f.admin.get(f.events("/audit.csv")).body()).doesNotContain(token);
    }

    @Test
    void filtersAndPagingSelectWhatTheySay() {
        Fixture f = Fixture.create();
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"side\":\"groom\"}"));
        ok(f.admin.patch(f.events("/members/" + f.viewerId), "{\"role\":\"editor\"}"));

        assertThat(actions(f, "?actor=" + f.editorId)).containsExactly("guest.updated");
        assertThat(actions(f, "?action=member.added")).containsExactly("member.added", "member.added");
        assertThat(actions(f, "?subjectType=member")).containsExactly("member.role_changed", "member.added",
                "member.added");
        assertThat(actions(f, "?subjectId=" + f.guestId)).containsExactly("guest.updated", "guest.created");
        assertThat(actions(f, "?subjectType=member&subjectId=" + f.viewerId)).containsExactly("member.role_changed",
                "member.added");

        List<JsonObject> all = entries(f, "");
        String newest = all.get(0).getString("recordedAt");
        assertThat(entries(f, "?from=" + enc(newest))).extracting(e -> e.getString("id"))
                .contains(all.get(0).getString("id"));
        assertThat(entries(f, "?to=" + enc(newest))).extracting(e -> e.getString("id"))
                .doesNotContain(all.get(0).getString("id")).contains(all.get(all.size() - 1).getString("id"));
        assertThat(entries(f, "?from=2999-01-01")).isEmpty();
        assertThat(entries(f, "?to=2000-01-01T00:00:00Z")).isEmpty();

        JsonObject page = ok(f.admin.get(f.events("/audit?limit=2&skip=1")));
        assertThat(page.getInt("total")).isEqualTo(all.size());
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("id"))
                .containsExactly(all.get(1).getString("id"), all.get(2).getString("id"));

        assertBad(f, "?actor=someone", 400, "actor");
        assertBad(f, "?subjectId=12", 400, "subjectId");
        assertBad(f, "?from=yesterday", 400, "from");
        assertBad(f, "?to=2027-13-01", 400, "to");
        assertBad(f, "?limit=0", 400, "limit");
        assertBad(f, "?skip=x", 400, "skip");
        assertBad(f, "?action=guest.eaten", 422, "action");
        assertBad(f, "?subjectType=planet", 422, "subjectType");
        assertBad(f, "?from=2027-06-02&to=2027-06-01", 422, "to");
        assertBad(f, ".csv?action=nope", 422, "action");
    }

    @Test
    void theCsvExportParsesAndHoldsTheSameRows() throws IOException {
        Fixture f = Fixture.create();
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"firstName\":\"=HYPERLINK(\\\"x\\\")\"}"));
        List<JsonObject> all = entries(f, "");

        Api.Reply reply = f.admin.get(f.events("/audit.csv"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("audit.csv");
        List<CSVRecord> rows = parse(reply.body());
        assertThat(rows).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonObject entry = all.get(i);
            assertThat(row.get("Action")).isEqualTo(entry.getString("action"));
            assertThat(row.get("Actor e-mail")).isEqualTo(entry.getString("actorEmail"));
            assertThat(row.get("Actor id")).isEqualTo(entry.getString("actorId"));
            assertThat(row.get("Subject type")).isEqualTo(entry.getString("subjectType"));
            assertThat(row.get("Subject id")).isEqualTo(entry.isNull("subjectId") ? "" : entry.getString("subjectId"));
            assertThat(jakarta.json.Json.createReader(new StringReader(row.get("Changes"))).readObject())
                    .isEqualTo(entry.getJsonObject("changes"));
        }
        assertThat(rows.get(0).get("Changes")).contains("=HYPERLINK");

        List<CSVRecord> filtered = parse(f.admin.get(f.events("/audit.csv?actor=" + f.editorId)).body());
        assertThat(filtered).extracting(r -> r.get("Action")).containsExactly("guest.updated");

        // The same export by content negotiation on the list's own path; no Accept header is JSON.
        Api.Reply negotiated = f.admin.sendBytes("GET", f.events("/audit?subjectType=member"), null,
                Map.of("Accept", "text/csv"));
        assertThat(negotiated.status()).as(negotiated.toString()).isEqualTo(200);
        assertThat(negotiated.contentType()).startsWith("text/csv");
        assertThat(parse(negotiated.body())).extracting(r -> r.get("Action"))
                .containsExactly("member.added", "member.added");
        assertThat(f.admin.get(f.events("/audit")).contentType()).startsWith("application/json");
    }

    @Test
    void anotherEventsTrailIsNotReachable() {
        Fixture mine = Fixture.create();
        Fixture theirs = Fixture.create();
        ok(theirs.admin.patch(theirs.events("/guests/" + theirs.guestId), "{\"side\":\"groom\"}"));

        for (Api.Reply reply : List.of(mine.admin.get(theirs.events("/audit")),
                mine.admin.get(theirs.events("/audit.csv")),
                mine.admin.get("/api/events/" + java.util.UUID.randomUUID() + "/audit"))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.isProblem()).isTrue();
        }
        assertThat(entries(mine, "?subjectId=" + theirs.guestId)).isEmpty();
        assertThat(entries(mine, "?actor=" + theirs.editorId)).isEmpty();
        assertThat(mine.admin.get(mine.events("/audit.csv")).body()).doesNotContain(theirs.guestId);
        assertThat(entries(mine, "")).allSatisfy(e -> assertThat(e.getString("subjectId", mine.eventId))
                .isNotEqualTo(theirs.guestId).isNotEqualTo(theirs.eventId));
        // A super-admin reads any event's trail, and a missing event is still 404.
        Api superAdmin = Api.newUser("super-admin");
        assertThat(ok(superAdmin.get(theirs.events("/audit"))).getInt("total")).isEqualTo(5);
        assertThat(superAdmin.get("/api/events/" + java.util.UUID.randomUUID() + "/audit").status()).isEqualTo(404);
    }

    private static List<JsonObject> entries(Fixture f, String query) {
        JsonObject page = ok(f.admin.get(f.events("/audit" + query)));
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> actions(Fixture f, String query) {
        return entries(f, query).stream().map(e -> e.getString("action")).toList();
    }

    private static void assertBad(Fixture f, String query, int status, String parameter) {
        Api.Reply reply = f.admin.get(f.events("/audit" + query));
        assertThat(reply.status()).as(query + " -> " + reply).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        if (status == 422) {
            assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains(parameter);
        } else {
            assertThat(reply.object().getString("detail")).contains(parameter);
        }
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
