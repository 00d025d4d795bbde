package dev.usher.it.checkin;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.usher.it.checkin.CheckInIT.concurrently;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day of the event at the door (issue 14): a party arriving in parts, finding a guest by name
 * or phone and admitting them by hand, who may set up a station, and undo at the station.
 */
class DoorIT extends ArquillianIT {

    @Test
    void aTwoSeatInvitationArrivesInTwoPartsAndOnlyThenIsUsed() {
        Fixture f = Fixture.create();
        String id = invitation(f.eventId, "Dana Cohen", null, 2);
        String token = Invites.token(id);

        JsonObject ask = ok(SCANNER.post("/api/check-ins", asking(token, f.eventId, null)));
        assertThat(ask.getString("outcome")).isEqualTo("choose-seats");
        assertThat(ask.getInt("seatsLeft")).isEqualTo(2);
        assertThat(ask.getInt("seats")).isEqualTo(2);
        assertThat(ask.getString("firstName")).isEqualTo("Dana");
        assertThat(absent(ask, "scanId")).isTrue();
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", id))
                .as("a question is no attempt").isZero();

        JsonObject first = ok(SCANNER.post("/api/check-ins", asking(token, f.eventId, 1)));
        assertThat(first.getString("outcome")).isEqualTo("admitted");
        assertThat(first.getInt("seatsAdmitted")).isEqualTo(1);
        assertThat(first.getInt("seatsLeft")).isEqualTo(1);

        // The second arrival: not ALREADY USED but one of two seats left, to be confirmed.
        JsonObject again = ok(SCANNER.post("/api/check-ins", asking(token, f.eventId, null)));
        assertThat(again.getString("outcome")).isEqualTo("choose-seats");
        assertThat(again.getInt("seatsLeft")).isEqualTo(1);
        assertThat(again.getInt("seats")).isEqualTo(2);
        JsonObject second = ok(SCANNER.post("/api/check-ins", asking(token, f.eventId, 1)));
        assertThat(second.getString("outcome")).isEqualTo("admitted");
        assertThat(second.getInt("seatsLeft")).isZero();

        JsonObject used = ok(SCANNER.post("/api/check-ins", asking(token, f.eventId, null)));
        assertThat(used.getString("outcome")).isEqualTo("already-used");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
    }

    @Test
    void concurrentPartialScansNeverAdmitMoreSeatsThanTheCodeHolds() throws Exception {
        Fixture f = Fixture.create();
        String id = invitation(f.eventId, "Dana Cohen", null, 5);
        String token = Invites.token(id);
        List<JsonObject> answers = concurrently(16, i -> SCANNER.post("/api/check-ins",
                asking(token, f.eventId, 1 + i % 3)));
        int admitted = answers.stream().filter(a -> a.getString("outcome").equals("admitted"))
                .mapToInt(a -> a.getInt("seatsAdmitted")).sum();
        assertThat(admitted).isLessThanOrEqualTo(5);
        assertThat(answers).extracting(a -> a.getString("outcome"))
                .isSubsetOf("admitted", "not-enough-seats", "already-used");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(admitted);
        assertThat(Db.count("SELECT coalesce(sum(seats_admitted), 0) FROM invitation_scans WHERE invitation_id = ?::uuid",
                id)).isEqualTo(admitted);
        // Whatever is left, a last arrival of every remaining seat fills the code exactly.
        if (admitted < 5) {
            JsonObject rest = ok(SCANNER.post("/api/check-ins", asking(token, f.eventId, 5 - admitted)));
            assertThat(rest.getString("outcome")).isEqualTo("admitted");
        }
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(5);
    }

    @Test
    void aGuestIsFoundByNameOrByALocalPhoneNumberButNeverInAnotherEvent() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String avigail = invitation(f.eventId, "Avigail Mizrahi", "+972541234567", 3);
        invitation(other.eventId, "Avigail Mizrahi", "+972541234567", 1);

        JsonArray byPhone = found(f.admin.get(search(f.eventId, "054-123-4567")));
        assertThat(byPhone).hasSize(1);
        JsonObject found = byPhone.getJsonObject(0);
        assertThat(found.getString("invitationId")).isEqualTo(avigail);
        assertThat(found.getString("name")).isEqualTo("Avigail Mizrahi");
        assertThat(found.getInt("seats")).isEqualTo(3);
        assertThat(found.getInt("seatsLeft")).isEqualTo(3);
        assertThat(found.getString("status")).isEqualTo("pending");
        assertThat(found.containsKey("token")).isFalse();

        JsonArray byName = found(SCANNER.get(search(f.eventId, "mizRA")));
        assertThat(byName).extracting(v -> v.asJsonObject().getString("invitationId")).containsExactly(avigail);
        assertThat(found(SCANNER.get(search(f.eventId, "+972 54-123-4567")))).hasSize(1);
        assertThat(found(SCANNER.get(search(f.eventId, "nobody like this")))).isEmpty();

        // Another event's door is not this admin's, and a bad query names the field.
        Api.Reply foreign = f.admin.get(search(other.eventId, "Avigail"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.isProblem()).isTrue();
        Api.Reply tooShort = f.admin.get(search(f.eventId, "a"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("\"q\"");
        assertThat(SCANNER.get("/api/check-ins/guests?q=Avigail").status()).isEqualTo(422);
    }

    @Test
    void aGuestAdmittedByNameIsRecordedAsManualOnceAndOnlyInTheirEvent() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String id = invitation(f.eventId, "Avigail Mizrahi", null, 2);
        String foreign = invitation(other.eventId, "Avigail Mizrahi", null, 2);
        String nonce = UUID.randomUUID().toString();

        JsonObject admitted = ok(f.admin.post("/api/check-ins/manual", manual(id, f.eventId, 1, nonce)));
        assertThat(admitted.getString("outcome")).isEqualTo("admitted");
        assertThat(admitted.getString("source")).isEqualTo("manual");
        assertThat(admitted.getInt("seatsLeft")).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE id = ?::uuid AND source = 'manual'",
                admitted.getString("scanId"))).isEqualTo(1);
        JsonObject replay = ok(f.admin.post("/api/check-ins/manual", manual(id, f.eventId, 1, nonce)));
        assertThat(replay.getBoolean("replayed")).isTrue();
        assertThat(replay.getString("scanId")).isEqualTo(admitted.getString("scanId"));
        JsonObject scans = ok(SUPER_ADMIN.get("/api/admin/official-invitations/" + id));
        assertThat(scans.getJsonArray("scans").getJsonObject(0).getString("source")).isEqualTo("manual");

        // The rest of the party by hand too, then the code is used.
        assertThat(ok(SCANNER.post("/api/check-ins/manual", manual(id, f.eventId, null, null))).getInt("seatsAdmitted"))
                .isEqualTo(1);
        assertThat(ok(SCANNER.post("/api/check-ins/manual", manual(id, f.eventId, null, null))).getString("outcome"))
                .isEqualTo("already-used");

        // Another event's invitation through this event's door: not found, nothing written.
        Api.Reply notHere = SCANNER.post("/api/check-ins/manual", manual(foreign, f.eventId, null, null));
        assertThat(notHere.status()).isEqualTo(404);
        assertThat(notHere.isProblem()).isTrue();
        assertThat(f.admin.post("/api/check-ins/manual", manual(foreign, other.eventId, null, null)).status())
                .isEqualTo(403);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", foreign)).isZero();
        Api.Reply noEvent = SCANNER.post("/api/check-ins/manual",
                "{\"invitationId\":\"" + id + "\",\"station\":\"Desk\"}");
        assertThat(noEvent.status()).isEqualTo(422);
        assertThat(noEvent.body()).contains("eventId");
    }

    @Test
    void aStationIsToldAtSetupWhetherItsCallerMayAdmitThere() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        JsonObject admin = ok(f.admin.get(access(f.eventId)));
        assertThat(admin.getString("grantedBy")).isEqualTo("event-admin");
        assertThat(admin.getString("eventName")).isEqualTo("Fixture event");
        assertThat(admin.getInt("undoMinutes")).isEqualTo(5);
        assertThat(ok(SCANNER.get(access(f.eventId))).getString("grantedBy")).isEqualTo("scanner");
        assertThat(absent(ok(SCANNER.get("/api/check-ins/station-access")), "eventId")).isTrue();

        for (var refused : List.of(
                new Object[] {f.viewer.get(access(f.eventId)), "you are a viewer"},
                new Object[] {f.editor.get(access(f.eventId)), "you are an editor"},
                new Object[] {f.admin.get(access(other.eventId)), "you are not a member"},
                new Object[] {f.admin.get("/api/check-ins/station-access"), "every event needs the scanner role"})) {
            Api.Reply reply = (Api.Reply) refused[0];
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.string("detail")).contains((String) refused[1]);
        }
        assertThat(SCANNER.get(access(UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(SCANNER.get("/api/check-ins/station-access?eventId=nope").status()).isEqualTo(400);

        // What setup refuses, the door refuses too: the search (names and phones) and admission by hand.
        String id = invitation(f.eventId, "Avigail Mizrahi", null, 2);
        for (Api member : List.of(f.viewer, f.editor)) {
            Api.Reply search = member.get(search(f.eventId, "Avigail"));
            assertThat(search.status()).as(search.toString()).isEqualTo(403);
            assertThat(search.isProblem()).isTrue();
            Api.Reply admit = member.post("/api/check-ins/manual", manual(id, f.eventId, 1, null));
            assertThat(admit.status()).as(admit.toString()).isEqualTo(403);
        }
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isZero();
    }

    @Test
    void theStaffWhoAdmittedUndoWithinTheWindowAndNobodyElseDoes() {
        Fixture f = Fixture.create();
        Api gate = Api.newUser("scanner");
        Api otherGate = Api.newUser("scanner");
        String id = invitation(f.eventId, "Dana Cohen", null, 2);
        String token = Invites.token(id);
        String scanId = ok(gate.post("/api/check-ins", asking(token, f.eventId, 2))).getString("scanId");

        Api.Reply notTheirs = otherGate.delete("/api/check-ins/" + scanId);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.string("detail")).contains("Only the staff member who made this admission");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);

        JsonObject undone = ok(gate.delete("/api/check-ins/" + scanId));
        assertThat(undone.getInt("seatsReturned")).isEqualTo(2);
        assertThat(undone.getInt("seatsLeft")).isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE id = ?::uuid AND reverted_at IS NOT NULL",
                scanId)).isEqualTo(1);

        // Admitted again, and the window has passed (the scan's time moved back six minutes).
        String late = ok(gate.post("/api/check-ins", asking(token, f.eventId, 2))).getString("scanId");
        assertThat(Db.update("UPDATE invitation_scans SET scanned_at = scanned_at - interval '6 minutes' WHERE id = ?::uuid",
                late)).isEqualTo(1);
        Api.Reply tooLate = gate.delete("/api/check-ins/" + late);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.isProblem()).isTrue();
        assertThat(tooLate.string("detail")).contains("5 minutes to undo this admission at the station ended");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
        // The event's admin corrects the record at any time.
        assertThat(ok(f.admin.delete("/api/check-ins/" + late)).getInt("seatsLeft")).isEqualTo(2);
    }

    @Test
    void theAnswerCarriesTheGuestsRsvpAndTheOrganizersDoorNote() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"email\":\"" + Api.uniqueEmail("noa") + "\"}"));
        JsonObject report = ok(f.admin.post(f.events("/invitations"),
                "{\"guestIds\":[\"" + f.guestId + "\"],\"send\":false}"));
        String id = report.getJsonArray("invitations").getJsonObject(0).getString("id");
        // The guest (the fixture's, given an e-mail to be invited) declined after the invitation went out.
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));
        String note = f.events("/guests/" + f.guestId + "/door-note");
        Api.Reply tooLong = f.editor.send("PUT", note, "{\"doorNote\":\"" + "x".repeat(501) + "\"}", "application/json");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("doorNote");
        assertThat(f.viewer.send("PUT", note, "{\"doorNote\":\"x\"}", "application/json").status()).isEqualTo(403);
        JsonObject guest = ok(f.editor.send("PUT", note, "{\"doorNote\":\"  Wheelchair: seat near the exit \"}",
                "application/json"));
        assertThat(guest.getString("doorNote")).isEqualTo("Wheelchair: seat near the exit");

        JsonObject found = found(SCANNER.get(search(f.eventId, "054-765-4321"))).getJsonObject(0);
        assertThat(found.getString("invitationId")).isEqualTo(id);
        assertThat(found.getString("rsvp")).isEqualTo("declined");
        JsonObject answer = ok(SCANNER.post("/api/check-ins", asking(Invites.token(id), f.eventId, null)));
        assertThat(answer.getString("outcome")).isEqualTo("admitted");
        assertThat(answer.getString("rsvp")).isEqualTo("declined");
        assertThat(answer.getString("doorNote")).isEqualTo("Wheelchair: seat near the exit");
        assertThat(answer.getString("source")).isEqualTo("scan");
        ok(f.editor.send("PUT", note, "{\"doorNote\":\" \"}", "application/json"));
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid AND door_note IS NULL", f.guestId)).isEqualTo(1);
    }

    /** A pending official invitation of the event, with a name and phone of the test's choosing. */
    static String invitation(String eventId, String name, String phone, int seats) {
        Api.Reply reply = SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"" + name
                + "\",\"email\":\"" + Api.uniqueEmail("door") + "\",\"seats\":" + seats + ",\"eventId\":\"" + eventId
                + "\"" + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + ",\"send\":false}");
        return Fixture.created(reply).getString("id");
    }

    static String asking(String token, String eventId, Integer seats) {
        return "{\"token\":\"" + token + "\",\"station\":\"Gate A\",\"eventId\":\"" + eventId + "\",\"askSeats\":true"
                + (seats == null ? "" : ",\"seats\":" + seats) + "}";
    }

    static String manual(String invitationId, String eventId, Integer seats, String nonce) {
        return "{\"invitationId\":\"" + invitationId + "\",\"eventId\":\"" + eventId + "\",\"station\":\"Desk\""
                + (seats == null ? "" : ",\"seats\":" + seats) + (nonce == null ? "" : ",\"nonce\":\"" + nonce + "\"")
                + "}";
    }

    static String search(String eventId, String q) {
        return "/api/check-ins/guests?eventId=" + eventId + "&q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonArray found(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array();
    }

    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    static String access(String eventId) {
        return "/api/check-ins/station-access?eventId=" + eventId;
    }
}
