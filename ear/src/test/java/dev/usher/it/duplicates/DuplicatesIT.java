package dev.usher.it.duplicates;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate manager (issue 15) against the real server and database: groups by phone, e-mail and
 * similar names; a merge that moves a guest's invitation (and so its scans), ledger rows, RSVP
 * history and link to the kept guest, and its undo that puts every row back; remembered dismissals;
 * another event's guests out of reach; bad input named.
 */
class DuplicatesIT extends ArquillianIT {

    private static String guest(Fixture f, String json) {
        return created(f.editor.post(f.events("/guests?allowDuplicate=true"), json)).getString("id");
    }

    private static List<String> ids(JsonObject group) {
        return group.getJsonArray("guests").getValuesAs(JsonObject.class).stream().map(g -> g.getString("id")).toList();
    }

    private static JsonObject groupWith(JsonArray groups, String reason, String... guestIds) {
        return groups.getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("reason").equals(reason) && ids(g).containsAll(List.of(guestIds)))
                .findFirst().orElse(null);
    }

    @Test
    void findsGuestsSharingAPhoneAnEmailOrASimilarNameInTheSameSide() {
        Fixture f = Fixture.create();
        String phone = WhatsAppCalls.uniquePhone();
        String email = Api.uniqueEmail("dup");
        String a = guest(f, "{\"firstName\":\"Dana\",\"lastName\":\"Cohen\",\"phone\":\"" + phone + "\",\"side\":\"bride\"}");
        String b = guest(f, "{\"firstName\":\"Dani\",\"lastName\":\"Cohen\",\"phone\":\"" + phone + "\"}");
        String c = guest(f, "{\"firstName\":\"Yossi\",\"lastName\":\"Mizrahi\",\"email\":\"" + email + "\"}");
        String d = guest(f, "{\"firstName\":\"Josef\",\"lastName\":\"Peretz\",\"email\":\"" + email.toUpperCase() + "\"}");
        String e = guest(f, "{\"firstName\":\"Avigail\",\"lastName\":\"Rosenthal\",\"side\":\"groom\"}");
        String g = guest(f, "{\"firstName\":\"Avigail\",\"lastName\":\"Rozenthal\",\"side\":\"groom\"}");
        String h = guest(f, "{\"firstName\":\"Avigail\",\"lastName\":\"Rosenthal\",\"side\":\"bride\"}");
        String other = guest(f, "{\"firstName\":\"Tamar\",\"lastName\":\"Cohen\",\"side\":\"bride\"}");

        JsonObject found = ok(f.editor.get(f.events("/duplicates")));
        JsonArray groups = found.getJsonArray("groups");
        JsonObject byPhone = groupWith(groups, "phone", a, b);
        assertThat(byPhone).as(groups.toString()).isNotNull();
        assertThat(byPhone.getString("key")).isEqualTo(phone);
        assertThat(byPhone.getJsonNumber("score").doubleValue()).isBetween(0.8, 1.0);
        assertThat(byPhone.getString("explanation")).contains(phone);
        JsonObject byEmail = groupWith(groups, "email", c, d);
        assertThat(byEmail).as("e-mail compared in lower case").isNotNull();
        JsonObject byName = groupWith(groups, "name", e, g);
        assertThat(byName).as("a misspelt family name in the same side").isNotNull();
        assertThat(byName.getJsonNumber("score").doubleValue()).isBetween(0.6, 1.0);
        assertThat(byName.containsKey("key") && !byName.isNull("key")).as("no key for names").isFalse();
        assertThat(groupWith(groups, "name", e, h)).as("the other side is another block").isNull();
        assertThat(groupWith(groups, "name", a, other)).as("Dana and Tamar Cohen are not alike").isNull();
        assertThat(found.getInt("total")).isEqualTo(groups.size());
        assertThat(ok(f.admin.get(f.events("/duplicates?limit=1"))).getJsonArray("groups")).hasSize(1);

        // Not duplicates: remembered, so the pair is not shown again; the others stay.
        assertThat(ok(f.editor.post(f.events("/duplicates/dismissals"), "{\"guestIds\":[\"" + g + "\",\"" + e + "\"]}"))
                .getInt("dismissed")).isEqualTo(1);
        assertThat(ok(f.editor.post(f.events("/duplicates/dismissals"), "{\"guestIds\":[\"" + e + "\",\"" + g + "\"]}"))
                .getInt("dismissed")).as("already dismissed").isZero();
        JsonArray after = ok(f.editor.get(f.events("/duplicates"))).getJsonArray("groups");
        assertThat(groupWith(after, "name", e, g)).isNull();
        assertThat(groupWith(after, "phone", a, b)).isNotNull();
        assertThat(Db.count("SELECT count(*) FROM duplicate_dismissals WHERE event_id = ?::uuid", f.eventId)).isEqualTo(1);
    }

    @Test
    void aMergeMovesEverythingToTheKeptGuestAndItsUndoPutsItBack() {
        Fixture f = Fixture.create();
        String phone = WhatsAppCalls.uniquePhone();
        String email = Api.uniqueEmail("merged");
        String kept = guest(f, "{\"firstName\":\"Shira\",\"lastName\":\"Katz\",\"phone\":\"" + phone + "\",\"side\":\"bride\"}");
        String merged = guest(f, "{\"firstName\":\"Shira\",\"lastName\":\"Katz-Levi\",\"phone\":\"" + phone
                + "\",\"email\":\"" + email + "\",\"notes\":\"vegetarian\"}");
        // The merged guest's history: an RSVP answer by an organizer, an e-mailed invitation (admins invite; a ledger row), a scan.
        ok(f.editor.patch(f.events("/guests/" + merged), "{\"status\":\"confirmed\"}"));
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + merged + "\"]}"));
        String invitation = Db.text("SELECT CAST(id AS text) FROM invitations WHERE guest_id = ?::uuid", merged);
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(Invites.token(invitation), "Gate", 1, null, f.eventId)))
                .getString("outcome")).isEqualTo("admitted");
        long deliveries = Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", merged);
        assertThat(deliveries).isPositive();
        // Both have an RSVP link: the kept guest's stays the live one.
        f.editor.post(f.events("/guests/" + kept + "/rsvp-link"), null);
        f.editor.post(f.events("/guests/" + merged + "/rsvp-link"), null);
        String mergedLink = Db.text("SELECT CAST(id AS text) FROM rsvp_links WHERE guest_id = ?::uuid", merged);
        assertThat(mergedLink).isNotNull();

        JsonObject merge = created(f.editor.post(f.events("/duplicates/merges"), "{\"keep\":\"" + kept
                + "\",\"merge\":[\"" + merged + "\"],\"fields\":{\"lastName\":\"" + merged + "\",\"email\":\"" + merged
                + "\",\"status\":\"" + merged + "\",\"notes\":\"" + merged + "\"}}"));
        String mergeId = merge.getString("id");
        JsonObject now = merge.getJsonObject("kept");
        assertThat(now.getString("firstName")).isEqualTo("Shira");
        assertThat(now.getString("lastName")).isEqualTo("Katz-Levi");
        assertThat(now.getString("email")).isEqualTo(email);
        assertThat(now.getString("status")).isEqualTo("confirmed");
        assertThat(now.getString("side")).as("not chosen: the kept guest's").isEqualTo("bride");
        assertThat(merge.getJsonArray("mergedNames").getString(0)).isEqualTo("Shira Katz-Levi");
        assertThat(merge.getJsonObject("moved").getInt("invitations")).isEqualTo(1);

        assertThat(f.editor.get(f.events("/guests/" + merged)).status()).isEqualTo(404);
        assertThat(Db.text("SELECT CAST(guest_id AS text) FROM invitations WHERE id = ?::uuid", invitation)).isEqualTo(kept);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", invitation))
                .as("scans follow their invitation").isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", kept)).isEqualTo(deliveries);
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", kept))
                .as("the merged guest's answer, now the kept one's").isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE guest_id = ?::uuid AND revoked_at IS NULL", kept))
                .as("one live link: the kept guest's").isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE id = ?::uuid AND guest_id = ?::uuid"
                + " AND revoked_at IS NOT NULL", mergedLink, kept)).isEqualTo(1);
        JsonObject entry = ok(f.admin.get(f.events("/audit?action=guest.merged"))).getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("subjectId")).isEqualTo(kept);
        assertThat(entry.toString()).contains(mergeId).contains(merged);
        assertThat(f.editor.get(f.events("/duplicates/merges")).array()).hasSize(1);

        JsonObject undone = ok(f.editor.post(f.events("/duplicates/merges/" + mergeId + "/undo"), null));
        assertThat(undone.getString("undoneAt")).isNotBlank();
        JsonObject back = ok(f.editor.get(f.events("/guests/" + merged)));
        assertThat(back.getString("lastName")).isEqualTo("Katz-Levi");
        assertThat(back.getString("email")).isEqualTo(email);
        assertThat(back.getString("status")).isEqualTo("confirmed");
        JsonObject keptAgain = ok(f.editor.get(f.events("/guests/" + kept)));
        assertThat(keptAgain.getString("lastName")).isEqualTo("Katz");
        assertThat(keptAgain.containsKey("email") && !keptAgain.isNull("email")).isFalse();
        assertThat(keptAgain.getString("status")).isEqualTo("invited");
        assertThat(Db.text("SELECT CAST(guest_id AS text) FROM invitations WHERE id = ?::uuid", invitation)).isEqualTo(merged);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", merged)).isEqualTo(deliveries);
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", merged)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", kept)).isZero();
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE id = ?::uuid AND guest_id = ?::uuid"
                + " AND revoked_at IS NULL", mergedLink, merged)).isEqualTo(1);
        assertThat(ok(f.admin.get(f.events("/audit?action=guest.merge_undone"))).getJsonArray("items")).hasSize(1);

        Api.Reply again = f.editor.post(f.events("/duplicates/merges/" + mergeId + "/undo"), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(f.editor.get(f.events("/duplicates/merges")).array()).isEmpty();
    }

    @Test
    void anUndoAfterTheWindowIsRefused() {
        Fixture f = Fixture.create();
        String merged = guest(f, "{\"firstName\":\"Noa\",\"lastName\":\"Levy\",\"side\":\"bride\"}");
        String mergeId = created(f.editor.post(f.events("/duplicates/merges"), "{\"keep\":\"" + f.guestId
                + "\",\"merge\":[\"" + merged + "\"]}")).getString("id");
        Db.update("UPDATE guest_merges SET undo_until = now() - interval '1 second' WHERE id = ?::uuid", mergeId);
        Api.Reply late = f.editor.post(f.events("/duplicates/merges/" + mergeId + "/undo"), null);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.object().getString("detail")).contains("no longer");
        assertThat(f.editor.get(f.events("/guests/" + merged)).status()).isEqualTo(404);
    }

    @Test
    void twoLiveInvitationsAreAConflictAndNothingChanges() {
        Fixture f = Fixture.create();
        String merged = guest(f, "{\"firstName\":\"Noa\",\"lastName\":\"Levi\",\"email\":\"" + Api.uniqueEmail("two") + "\"}");
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + merged + "\"]}"));
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"email\":\"" + Api.uniqueEmail("one") + "\"}"));
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + f.guestId + "\"]}"));
        Api.Reply refused = f.editor.post(f.events("/duplicates/merges"), "{\"keep\":\"" + f.guestId
                + "\",\"merge\":[\"" + merged + "\"]}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", merged)).isEqualTo(1);
    }

    @Test
    void anotherEventsGuestsAndMergesAreNotFound() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String merged = guest(f, "{\"firstName\":\"Noa\",\"lastName\":\"Levi\",\"side\":\"bride\"}");
        Api.Reply foreign = other.admin.post(other.events("/duplicates/merges"), "{\"keep\":\"" + other.guestId
                + "\",\"merge\":[\"" + f.guestId + "\"]}");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Api.Reply dismiss = other.admin.post(other.events("/duplicates/dismissals"), "{\"guestIds\":[\"" + other.guestId
                + "\",\"" + f.guestId + "\"]}");
        assertThat(dismiss.status()).as(dismiss.toString()).isEqualTo(404);
        assertThat(ok(other.admin.get(other.events("/duplicates"))).toString()).doesNotContain(f.guestId);
        String mergeId = created(f.editor.post(f.events("/duplicates/merges"), "{\"keep\":\"" + f.guestId
                + "\",\"merge\":[\"" + merged + "\"]}")).getString("id");
        Api.Reply undo = other.admin.post(other.events("/duplicates/merges/" + mergeId + "/undo"), null);
        assertThat(undo.status()).as(undo.toString()).isEqualTo(404);
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", f.guestId)).isEqualTo(1);
    }

    @Test
    void badInputIsA422NamingTheField() {
        Fixture f = Fixture.create();
        String g = guest(f, "{\"firstName\":\"Noa\",\"lastName\":\"Levi\"}");
        String[][] cases = {
            {"/duplicates/merges", "{\"merge\":[\"" + g + "\"]}", "keep"},
            {"/duplicates/merges", "{\"keep\":\"" + f.guestId + "\"}", "merge"},
            {"/duplicates/merges", "{\"keep\":\"" + f.guestId + "\",\"merge\":[\"" + f.guestId + "\"]}", "merge"},
            {"/duplicates/merges", "{\"keep\":\"" + f.guestId + "\",\"merge\":[\"" + g + "\"],\"fields\":{\"shoeSize\":\""
                    + g + "\"}}", "fields.shoeSize"},
            {"/duplicates/merges", "{\"keep\":\"" + f.guestId + "\",\"merge\":[\"" + g + "\"],\"fields\":{\"phone\":\""
                    + java.util.UUID.randomUUID() + "\"}}", "fields.phone"},
            {"/duplicates/dismissals", "{\"guestIds\":[\"" + g + "\"]}", "guestIds"},
            {"/duplicates/dismissals", "{\"guestIds\":[\"" + g + "\",\"" + g + "\"]}", "guestIds"},
        };
        for (String[] c : cases) {
            Api.Reply reply = f.editor.post(f.events(c[0]), c[1]);
            assertThat(reply.status()).as(c[1] + " " + reply).isEqualTo(422);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.body()).as(c[1]).contains("\"" + c[2] + "\"");
        }
        Api.Reply limit = f.editor.get(f.events("/duplicates?limit=0"));
        assertThat(limit.status()).as(limit.toString()).isEqualTo(422);
        assertThat(limit.body()).contains("\"limit\"");
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", g)).isEqualTo(1);
    }
}
