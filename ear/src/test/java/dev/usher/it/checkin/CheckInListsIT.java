package dev.usher.it.checkin;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.usher.it.checkin.CheckInIT.concurrently;
import static dev.usher.it.checkin.DoorIT.invitation;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-in lists, gates, exits and re-entry (issue 14): each list admits whom it is limited to,
 * once per seat on that list, within its hours; exits and re-entry where the list keeps them;
 * the arrivals view counts people per list and gate.
 */
class CheckInListsIT extends ArquillianIT {

    @Test
    void everyEventHasItsDefaultListAndExistingStationsAdmitOnIt() {
        Fixture f = Fixture.create();
        JsonArray lists = ok2(f.viewer.get(f.events("/check-in-lists")));
        assertThat(lists).hasSize(1);
        JsonObject entrance = lists.getJsonObject(0);
        assertThat(entrance.getBoolean("isDefault")).isTrue();
        String id = invitation(f.eventId, "Dana Cohen", null, 1);
        // A station as before lists: no list, no gate.
        JsonObject admitted = ok(SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(id), "Door", null, null,
                f.eventId)));
        assertThat(admitted.getString("outcome")).isEqualTo("admitted");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE id = ?::uuid AND list_id = ?::uuid",
                admitted.getString("scanId"), entrance.getString("id"))).isEqualTo(1);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(1);
        // The default list admits every invitation at any hour; only its name changes.
        Api.Reply limited = f.editor.put(f.events("/check-in-lists/" + entrance.getString("id")),
                "{\"name\":\"Main door\",\"invitationTypes\":[\"vip\"]}");
        assertThat(limited.status()).isEqualTo(422);
        assertThat(limited.body()).contains("invitationTypes");
        assertThat(ok(f.editor.put(f.events("/check-in-lists/" + entrance.getString("id")), "{\"name\":\"Main door\"}"))
                .getString("name")).isEqualTo("Main door");
        assertThat(f.editor.delete(f.events("/check-in-lists/" + entrance.getString("id"))).status()).isEqualTo(409);
    }

    @Test
    void aListAdmitsOnlyItsInvitationTypesAndGuestGroups() {
        Fixture f = Fixture.create();
        String vipLounge = list(f, "{\"name\":\"VIP lounge\",\"invitationTypes\":[\"vip\"]}");
        String bridesTable = list(f, "{\"name\":\"Bride's table\",\"guestSides\":[\"bride\"]}");
        String vip = typed(f.eventId, "vip");
        String general = typed(f.eventId, "general");
        String bride = guestInvitation(f);

        assertThat(scan(vip, f.eventId, vipLounge, "Lounge door", null).getString("outcome")).isEqualTo("admitted");
        JsonObject refused = scan(general, f.eventId, vipLounge, "Lounge door", null);
        assertThat(refused.getString("outcome")).isEqualTo("not-on-list");
        assertThat(refused.getInt("seatsAdmitted")).isZero();
        assertThat(scan(bride, f.eventId, bridesTable, null, null).getString("outcome")).isEqualTo("admitted");
        // An invitation without a guest has no group: outside a list limited to groups.
        assertThat(scan(vip, f.eventId, bridesTable, null, null).getString("outcome")).isEqualTo("not-on-list");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", general)).isZero();
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND outcome ="
                + " 'not-on-list' AND list_id = ?::uuid AND gate = 'Lounge door'", general, vipLounge)).isEqualTo(1);

        // A list's limits are checked when written, each field named.
        Api.Reply bad = f.editor.post(f.events("/check-in-lists"),
                "{\"name\":\"\",\"invitationTypes\":[\"royal\"],\"reentry\":true}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"name\"", "invitationTypes[0]", "\"reentry\"");
        assertThat(f.editor.post(f.events("/check-in-lists"), "{\"name\":\"vip LOUNGE\"}").status()).isEqualTo(409);
    }

    @Test
    void eachListHasItsOwnExactlyOnceRule() {
        Fixture f = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\"}");
        String reception = list(f, "{\"name\":\"Reception\"}");
        String id = invitation(f.eventId, "Dana Cohen", null, 2);
        String token = Invites.token(id);

        assertThat(scan(id, f.eventId, ceremony, "North", null).getInt("seatsAdmitted")).isEqualTo(2);
        JsonObject again = scan(id, f.eventId, ceremony, "South", null);
        assertThat(again.getString("outcome")).isEqualTo("already-used");
        assertThat(again.getString("firstUsedStation")).isEqualTo("Lists");
        // The same seats on another list, and on the event's default list: admitted there once each.
        assertThat(scan(id, f.eventId, reception, "North", null).getString("outcome")).isEqualTo("admitted");
        assertThat(scan(id, f.eventId, reception, "North", null).getString("outcome")).isEqualTo("already-used");
        assertThat(ok(SCANNER.post("/api/check-ins", Invites.checkIn(token, "Door", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("admitted");
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
        // A list of another event at this station's door: nothing admitted.
        Fixture other = Fixture.create();
        String foreignList = list(other, "{\"name\":\"Ceremony\"}");
        String fresh = invitation(f.eventId, "Avi Cohen", null, 1);
        assertThat(scan(fresh, f.eventId, foreignList, null, null).getString("outcome")).isEqualTo("not-on-list");
        // A list needs the station's event.
        Api.Reply noEvent = SCANNER.post("/api/check-ins", "{\"token\":\"" + token + "\",\"station\":\"X\",\"listId\":\""
                + ceremony + "\"}");
        assertThat(noEvent.status()).isEqualTo(422);
        assertThat(noEvent.body()).contains("eventId");
    }

    @Test
    void undoingAnAdmissionOnAListGivesTheSeatsBackThereAndSaysWhatThatListHasLeft() {
        Fixture f = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\"}");
        String id = invitation(f.eventId, "Dana Cohen", null, 3);
        // Two of three seats in at the default door; one at the ceremony.
        assertThat(scan(id, f.eventId, null, null, 2).getInt("seatsAdmitted")).isEqualTo(2);
        JsonObject atCeremony = scan(id, f.eventId, ceremony, null, 1);
        assertThat(atCeremony.getInt("seatsLeft")).isEqualTo(2);

        JsonObject undone = ok(SUPER_ADMIN.delete("/api/check-ins/" + atCeremony.getString("scanId")));
        assertThat(undone.getInt("seatsReturned")).isEqualTo(1);
        assertThat(undone.getInt("seatsLeft")).as("the ceremony's seats, not the default door's").isEqualTo(3);
        assertThat(Db.count("SELECT CAST(list_seats -> ? ->> 'admitted' AS integer) FROM invitations WHERE id = ?::uuid",
                ceremony, id)).isZero();
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
        assertThat(scan(id, f.eventId, ceremony, null, null).getInt("seatsAdmitted")).isEqualTo(3);
    }

    @Test
    void concurrentScansOfOneCodeOnOneListAdmitItOnce() throws Exception {
        Fixture f = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\"}");
        String id = invitation(f.eventId, "Dana Cohen", null, 1);
        String token = Invites.token(id);
        List<JsonObject> answers = concurrently(16, i -> SCANNER.post("/api/check-ins", body(token, f.eventId, ceremony,
                "Gate " + (i % 4), null, false)));
        assertThat(answers).filteredOn(a -> a.getString("outcome").equals("admitted")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.getString("outcome").equals("already-used")).hasSize(15);
        assertThat(Db.count("SELECT coalesce(sum(seats_admitted), 0) FROM invitation_scans WHERE invitation_id = ?::uuid",
                id)).isEqualTo(1);
        assertThat(Db.count("SELECT CAST(list_seats -> ? ->> 'admitted' AS integer) FROM invitations WHERE id = ?::uuid",
                ceremony, id)).isEqualTo(1);
    }

    @Test
    void aGuestWhoWentOutComesBackInWhereTheListAllowsReentry() {
        Fixture f = Fixture.create();
        String party = list(f, "{\"name\":\"Party\",\"exits\":true,\"reentry\":true}");
        String id = invitation(f.eventId, "Dana Cohen", null, 2);

        assertThat(scan(id, f.eventId, party, "Main", null).getInt("seatsAdmitted")).isEqualTo(2);
        JsonObject out = exit(id, f.eventId, party, 1);
        assertThat(out.getString("outcome")).isEqualTo("exited");
        assertThat(out.getInt("seatsExited")).isEqualTo(1);
        assertThat(out.getInt("seatsInside")).isEqualTo(1);
        JsonObject back = scan(id, f.eventId, party, "Main", null);
        assertThat(back.getString("outcome")).isEqualTo("admitted");
        assertThat(back.getInt("seatsAdmitted")).isEqualTo(1);
        assertThat(back.getInt("seatsInside")).isEqualTo(2);
        assertThat(scan(id, f.eventId, party, "Main", null).getString("outcome")).isEqualTo("already-used");
        // Out with everybody, then nobody is inside to go out.
        assertThat(exit(id, f.eventId, party, null).getInt("seatsExited")).isEqualTo(2);
        assertThat(exit(id, f.eventId, party, null).getString("outcome")).isEqualTo("not-inside");

        JsonObject arrivals = arrivalsOf(f, party);
        assertThat(arrivals.getInt("arrived")).as("people, not scans").isEqualTo(2);
        assertThat(arrivals.getInt("inside")).isZero();
    }

    @Test
    void withoutReentryASecondAdmissionIsRefusedAndAListWithoutExitsKeepsNone() {
        Fixture f = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\",\"exits\":true}");
        String reception = list(f, "{\"name\":\"Reception\"}");
        String id = invitation(f.eventId, "Dana Cohen", null, 1);

        assertThat(scan(id, f.eventId, ceremony, null, null).getString("outcome")).isEqualTo("admitted");
        assertThat(exit(id, f.eventId, ceremony, null).getString("outcome")).isEqualTo("exited");
        JsonObject again = scan(id, f.eventId, ceremony, null, null);
        assertThat(again.getString("outcome")).isEqualTo("already-used");
        assertThat(again.getInt("seatsAdmitted")).isZero();
        assertThat(exit(id, f.eventId, reception, null).getString("outcome")).isEqualTo("no-exits");
        // The event's default list keeps no exits either.
        JsonObject atTheDoor = ok(SCANNER.post("/api/check-ins", body(Invites.token(id), f.eventId, null, null, null,
                true)));
        assertThat(atTheDoor.getString("outcome")).isEqualTo("no-exits");
    }

    @Test
    void aListOutsideItsHoursRefusesWithItsOwnAnswer() {
        Fixture f = Fixture.create();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String later = list(f, "{\"name\":\"Dinner\",\"opensAt\":\"" + now.plusDays(1) + "\"}");
        String over = list(f, "{\"name\":\"Brunch\",\"closesAt\":\"" + now.minusHours(1) + "\"}");
        String open = list(f, "{\"name\":\"Party\",\"opensAt\":\"" + now.minusHours(1) + "\",\"closesAt\":\""
                + now.plusDays(1) + "\"}");
        String id = invitation(f.eventId, "Dana Cohen", null, 1);

        assertThat(scan(id, f.eventId, later, null, null).getString("outcome")).isEqualTo("outside-hours");
        assertThat(scan(id, f.eventId, over, null, null).getString("outcome")).isEqualTo("outside-hours");
        assertThat(scan(id, f.eventId, open, null, null).getString("outcome")).isEqualTo("admitted");
        Api.Reply backwards = f.editor.post(f.events("/check-in-lists"), "{\"name\":\"X\",\"opensAt\":\"" + now
                + "\",\"closesAt\":\"" + now.minusHours(1) + "\"}");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("closesAt");
    }

    @Test
    void theStationIsSetToAGateAndAListItsCallerMayUse() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\"}");
        String foreign = list(other, "{\"name\":\"Ceremony\"}");

        JsonObject access = ok(f.admin.get("/api/check-ins/station-access?eventId=" + f.eventId + "&listId=" + ceremony));
        assertThat(access.getJsonObject("list").getString("name")).isEqualTo("Ceremony");
        assertThat(access.getJsonArray("lists")).hasSize(2);
        assertThat(ok(SCANNER.get("/api/check-ins/station-access?eventId=" + f.eventId)).getJsonObject("list")
                .getBoolean("isDefault")).isTrue();
        Api.Reply notThisEvents = SCANNER.get("/api/check-ins/station-access?eventId=" + f.eventId + "&listId=" + foreign);
        assertThat(notThisEvents.status()).isEqualTo(422);
        assertThat(notThisEvents.body()).contains("listId");
        // The other event's admin may not run this event's door, whichever list they name.
        assertThat(other.admin.get("/api/check-ins/station-access?eventId=" + f.eventId + "&listId=" + ceremony)
                .status()).isEqualTo(403);
        assertThat(f.editor.get("/api/check-ins/station-access?eventId=" + f.eventId + "&listId=" + ceremony)
                .status()).isEqualTo(403);
    }

    @Test
    void arrivalsCountPeoplePerListAndGateAndTheGuestListShowsWhoArrived() throws Exception {
        Fixture f = Fixture.create();
        String ceremony = list(f, "{\"name\":\"Ceremony\",\"invitationTypes\":[\"vip\",\"general\"]}");
        String three = invitation(f.eventId, "Dana Cohen", null, 3);
        String two = invitation(f.eventId, "Avi Levi", null, 2);
        String revoked = invitation(f.eventId, "Gone Away", null, 4);
        assertThat(SUPER_ADMIN.delete("/api/admin/official-invitations/" + revoked).status()).isEqualTo(204);
        String guest = guestInvitation(f);

        String first = ok(f.viewer.get(f.events("/arrivals"))).toString();
        scan(three, f.eventId, ceremony, "North", 2);
        scan(two, f.eventId, ceremony, "South", null);
        scan(guest, f.eventId, ceremony, "South", null);
        ok(SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(three), "Door", 1, null, f.eventId)));

        JsonObject view = changedSince(f, first);
        JsonObject entrance = listIn(view, null);
        assertThat(entrance.getInt("expected")).as("3 + 2 + the guest's 1; the revoked 4 not").isEqualTo(6);
        assertThat(entrance.getInt("arrived")).isEqualTo(1);
        JsonObject onCeremony = listIn(view, ceremony);
        assertThat(onCeremony.getInt("expected")).isEqualTo(6);
        assertThat(onCeremony.getInt("arrived")).isEqualTo(5);
        assertThat(onCeremony.getInt("inside")).isEqualTo(5);
        Map<String, Integer> gates = new java.util.HashMap<>();
        for (JsonValue g : view.getJsonArray("gates")) {
            JsonObject gate = g.asJsonObject();
            if (ceremony.equals(gate.getString("listId"))) {
                gates.put(gate.getString("gate"), gate.getInt("admitted"));
            }
        }
        assertThat(gates).containsExactlyInAnyOrderEntriesOf(Map.of("North", 2, "South", 3));

        // Polling with the ETag: unchanged counts are a 304 with no body.
        Api.Reply tagged = f.viewer.get(f.events("/arrivals"));
        String etag = tagged.header("ETag");
        assertThat(etag).isNotBlank();
        Api.Reply unchanged = f.viewer.sendBytes("GET", f.events("/arrivals"), null, Map.of("If-None-Match", etag));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        // The guest list: who arrived, as a filter and per guest.
        JsonObject arrivedGuests = ok(f.viewer.get(f.events("/guests?arrived=true")));
        assertThat(arrivedGuests.getJsonArray("items")).extracting(v -> v.asJsonObject().getString("id"))
                .containsExactly(f.guestId);
        JsonObject notYet = ok(f.viewer.get(f.events("/guests?arrived=false")));
        assertThat(notYet.getJsonArray("items")).extracting(v -> v.asJsonObject().getString("id"))
                .doesNotContain(f.guestId);
        JsonArray perGuest = ok2(f.viewer.get(f.events("/arrivals/guests?guestIds=" + f.guestId)));
        assertThat(perGuest).hasSize(1);
        assertThat(perGuest.getJsonObject(0).getInt("arrived")).isEqualTo(1);
    }

    @Test
    void theAnswerNamesTheHouseholdsMembers() {
        Fixture f = Fixture.create();
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"members\":[{\"name\":\"Noa Levi\"},{\"name\":\"Gil Levi\"}]}"));
        String id = guestInvitation(f);
        JsonObject answer = ok(SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(id), "Door", null, null,
                f.eventId)));
        assertThat(answer.getJsonArray("household")).extracting(v -> v.asJsonObject().getString("name"))
                .containsExactly("Noa Levi", "Gil Levi");
    }

    /** A list of the event, made by its editor; its id. */
    static String list(Fixture f, String json) {
        return created(f.editor.post(f.events("/check-in-lists"), json)).getString("id");
    }

    static String typed(String eventId, String type) {
        Api.Reply reply = SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"Typed " + type
                + "\",\"email\":\"" + Api.uniqueEmail("typed") + "\",\"type\":\"" + type + "\",\"eventId\":\""
                + eventId + "\",\"send\":false}");
        return created(reply).getString("id");
    }

    /** The fixture's guest (side bride) invited by the event's admin; the invitation's id. */
    static String guestInvitation(Fixture f) {
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"email\":\"" + Api.uniqueEmail("noa") + "\"}"));
        JsonObject report = ok(f.admin.post(f.events("/invitations"),
                "{\"guestIds\":[\"" + f.guestId + "\"],\"send\":false}"));
        return report.getJsonArray("invitations").getJsonObject(0).getString("id");
    }

    static String body(String token, String eventId, String listId, String gate, Integer seats, boolean exit) {
        return "{\"token\":\"" + token + "\",\"station\":\"Lists\",\"eventId\":\"" + eventId + "\""
                + (listId == null ? "" : ",\"listId\":\"" + listId + "\"")
                + (gate == null ? "" : ",\"gate\":\"" + gate + "\"")
                + (seats == null ? "" : ",\"seats\":" + seats) + ",\"exit\":" + exit + "}";
    }

    static JsonObject scan(String invitationId, String eventId, String listId, String gate, Integer seats) {
        return ok(SCANNER.post("/api/check-ins", body(Invites.token(invitationId), eventId, listId, gate, seats, false)));
    }

    static JsonObject exit(String invitationId, String eventId, String listId, Integer seats) {
        return ok(SCANNER.post("/api/check-ins", body(Invites.token(invitationId), eventId, listId, "Exit", seats, true)));
    }

    static JsonArray ok2(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array();
    }

    static JsonObject listIn(JsonObject view, String listId) {
        for (JsonValue v : view.getJsonArray("lists")) {
            JsonObject list = v.asJsonObject();
            if (listId == null ? list.getBoolean("isDefault") : listId.equals(list.getString("listId"))) {
                return list;
            }
        }
        throw new AssertionError("no list " + listId + " in " + view);
    }

    JsonObject arrivalsOf(Fixture f, String listId) {
        return listIn(changedSince(f, ""), listId);
    }

    /**
     * The arrivals once they differ from {@code before}: a count is kept up to two seconds per
     * server, so the view is read again until it moves (the console polls the same way).
     */
    static JsonObject changedSince(Fixture f, String before) {
        long until = System.nanoTime() + 15_000_000_000L;
        while (true) {
            JsonObject view = ok(f.viewer.get(f.events("/arrivals")));
            if (!view.toString().equals(before) || System.nanoTime() > until) {
                return view;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
