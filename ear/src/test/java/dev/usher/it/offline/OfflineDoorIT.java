package dev.usher.it.offline;

import dev.usher.it.events.RoleMatrixIT.Caller;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.DoorCodes;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline station's server side (issue 14): signed codes at the door and on the public check,
 * the kit a station downloads (who may, and only of their event), uploads stored once per nonce,
 * and two devices that admitted the same seat while apart recorded as a conflict organizers see.
 */
class OfflineDoorIT extends ArquillianIT {

    @Test
    void aSignedCodeAdmitsOnceAtItsEventsDoorAndATamperedOneIsUnknown() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String id = invitation(f.eventId, "Dana Cohen", 1);
        String code = DoorCodes.ofQr(id);

        // The public check reads both formats; a tampered signed code is no code of ours.
        JsonObject check = ok(Api.anonymous().get("/api/validate-invitation/" + code));
        assertThat(check.getBoolean("valid")).isTrue();
        assertThat(check.getString("firstName")).isEqualTo("Dana");
        String tampered = code.substring(0, 40) + (code.charAt(40) == 'A' ? 'B' : 'A') + code.substring(41);
        assertThat(ok(Api.anonymous().get("/api/validate-invitation/" + tampered)).getBoolean("valid")).isFalse();

        // Another event's door: wrong-event, and nothing admitted.
        JsonObject foreign = ok(SCANNER.post("/api/check-ins", Invites.checkIn(code, "Gate B", null, null, other.eventId)));
        assertThat(foreign.getString("outcome")).isEqualTo("wrong-event");
        assertThat(ok(SCANNER.post("/api/check-ins", Invites.checkIn(tampered, "Gate A", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("unknown");

        // The whole QR URL, as a camera reads it, by the event's admin.
        JsonObject admitted = ok(f.admin.post("/api/check-ins", Invites.checkIn(Api.baseUrl()
                + "/validate-invitation?token=" + code, "Gate A", null, null, f.eventId)));
        assertThat(admitted.getString("outcome")).isEqualTo("admitted");
        assertThat(admitted.getString("firstName")).isEqualTo("Dana");
        assertThat(ok(SCANNER.post("/api/check-ins", Invites.checkIn(code, "Gate A", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("already-used");
        // The plain token of the same invitation is the same invitation: already used too.
        assertThat(ok(SCANNER.post("/api/check-ins", Invites.checkIn(Invites.token(id), "Gate A", null, null,
                f.eventId))).getString("outcome")).isEqualTo("already-used");
        // An editor of the event may not scan its signed codes (nor learn about them).
        assertThat(f.editor.post("/api/check-ins", Invites.checkIn(code, "Gate A", null, null, null)).status())
                .isEqualTo(403);
    }

    @Test
    void onlyThoseWhoMayAdmitDownloadTheKitAndItHoldsOnlyThisEvent() throws Exception {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String dana = invitation(f.eventId, "Dana Cohen", 3);
        String gone = invitation(f.eventId, "Revoked Guest", 1);
        assertThat(SUPER_ADMIN.delete("/api/admin/official-invitations/" + gone).status()).isIn(200, 204);
        String foreign = invitation(other.eventId, "Other Event Guest", 1);

        for (Caller caller : Caller.values()) {
            Api.Reply reply = caller.api(f).get(f.events("/door/kit"));
            int expected = switch (caller) {
                case ANONYMOUS, EXPIRED, FOREIGN_SIGNED -> 401;
                case NON_MEMBER, VIEWER, EDITOR -> 403;
                case ADMIN -> 200;
            };
            assertThat(reply.status()).as(caller + " " + reply).isEqualTo(expected);
            if (expected == 403) {
                assertThat(reply.isProblem()).isTrue();
                assertThat(reply.body()).doesNotContain("Dana");
            }
        }
        assertThat(SCANNER.get(f.events("/door/kit")).status()).isEqualTo(200);
        assertThat(SUPER_ADMIN.get(f.events("/door/kit")).status()).as("a super-admin does not admit").isEqualTo(403);
        assertThat(f.admin.get(other.events("/door/kit")).status()).as("another event's door").isEqualTo(403);
        assertThat(SCANNER.get("/api/events/" + UUID.randomUUID() + "/door/kit").status()).isEqualTo(404);

        Api.Reply reply = f.admin.get(f.events("/door/kit"));
        assertThat(reply.header("Cache-Control")).contains("no-store");
        JsonObject kit = reply.object();
        assertThat(kit.getString("eventId")).isEqualTo(f.eventId);
        JsonArray guests = kit.getJsonArray("guests");
        assertThat(guests).extracting(g -> g.asJsonObject().getString("id")).containsExactly(dana);
        JsonObject guest = guests.getJsonObject(0);
        assertThat(guest.getString("name")).isEqualTo("Dana Cohen");
        assertThat(guest.getInt("seats")).isEqualTo(3);
        assertThat(guest.getInt("admitted")).isZero();
        assertThat(kit.getJsonArray("revoked")).extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactly(gone);
        // No personal data beyond the name, no token, nothing of the other event.
        assertThat(reply.body()).doesNotContain(Invites.token(dana)).doesNotContain("@").doesNotContain(foreign)
                .doesNotContain("Other Event Guest");

        // The kit's public key verifies the QR's code with WebCrypto's raw form, as the station does.
        byte[] raw = Base64.getUrlDecoder().decode(kit.getString("publicKey"));
        assertThat(raw).hasSize(32);
        String code = DoorCodes.ofQr(dana);
        byte[] all = Base64.getUrlDecoder().decode(code.substring(2));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(DoorCodes.publicKey(f.eventId));
        verifier.update("U1".getBytes(StandardCharsets.US_ASCII));
        verifier.update(all, 0, 34);
        assertThat(verifier.verify(all, 34, 64)).isTrue();
        assertThat(DoorCodes.publicKey(f.eventId).getEncoded()).endsWith(raw);
        // The other event's key is another key: this event's codes do not verify under it.
        DoorCodes.ofQr(foreign);
        verifier.initVerify(DoorCodes.publicKey(other.eventId));
        verifier.update("U1".getBytes(StandardCharsets.US_ASCII));
        verifier.update(all, 0, 34);
        assertThat(verifier.verify(all, 34, 64)).isFalse();
        // A plain token is recognised offline by a short hash of it (and the hash is not the token).
        assertThat(guest.getString("tokenHash")).hasSize(22).isNotEqualTo(Invites.token(dana));
    }

    @Test
    void anUploadIsStoredOncePerNonceAndAppliedToTheSeats() {
        Fixture f = Fixture.create();
        String id = invitation(f.eventId, "Dana Cohen", 3);
        String nonce = UUID.randomUUID().toString();
        String batch = upload("Gate A", "device-one", scan(nonce, id, 2, "2031-06-01T18:00:00+03:00"));

        JsonArray first = f.admin.post(f.events("/door/offline-scans"), batch).array();
        assertThat(first.getJsonObject(0).getString("outcome")).isEqualTo("admitted");
        assertThat(first.getJsonObject(0).getBoolean("conflict")).isFalse();
        assertThat(first.getJsonObject(0).getBoolean("replay")).isFalse();
        // The station did not hear the answer and uploads the same again: nothing is stored twice.
        JsonArray again = SCANNER.post(f.events("/door/offline-scans"), batch).array();
        assertThat(again.getJsonObject(0).getString("outcome")).isEqualTo("admitted");
        assertThat(again.getJsonObject(0).getBoolean("replay")).isTrue();

        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid AND source = 'offline'"
                + " AND seats_admitted = 2 AND station = 'Gate A'", id)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM offline_scans WHERE nonce = ? AND device = 'device-one'"
                + " AND device_time = '2031-06-01T15:00:00Z'", nonce)).isEqualTo(1);

        // Who may upload is who may admit; an event's uploads go to that event only.
        Fixture other = Fixture.create();
        assertThat(f.editor.post(f.events("/door/offline-scans"), batch).status()).isEqualTo(403);
        assertThat(other.admin.post(f.events("/door/offline-scans"), batch).status()).isEqualTo(403);
        JsonObject elsewhere = other.admin.post(other.events("/door/offline-scans"),
                upload("Gate Z", "device-z", scan(UUID.randomUUID().toString(), id, 1, "2031-06-01T18:01:00Z")))
                .array().getJsonObject(0);
        assertThat(elsewhere.getString("outcome")).as("another event's invitation is unknown there").isEqualTo("unknown");
        assertThat(elsewhere.getBoolean("conflict")).isTrue();
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(2);
        Api.Reply theirs = other.admin.get(other.events("/door/conflicts"));
        assertThat(theirs.array()).hasSize(1);
        assertThat(theirs.body()).doesNotContain("Dana");

        // Bad input names the field.
        Api.Reply bad = f.admin.post(f.events("/door/offline-scans"), "{\"station\":\"Gate A\",\"device\":\"d\",\"scans\":[]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("scans");
        Api.Reply twice = f.admin.post(f.events("/door/offline-scans"), upload("Gate A", "d",
                scan("n-1", id, 1, "2031-06-01T18:00:00Z"), scan("n-1", id, 1, "2031-06-01T18:00:00Z")));
        assertThat(twice.status()).isEqualTo(422);
    }

    @Test
    void twoDevicesThatAdmittedTheSameSeatWhileApartAreAConflictOrganizersSee() {
        Fixture f = Fixture.create();
        String id = invitation(f.eventId, "Dana Cohen", 1);
        JsonObject one = SCANNER.post(f.events("/door/offline-scans"), upload("Gate A", "phone-a",
                scan(UUID.randomUUID().toString(), id, 1, "2031-06-01T18:00:00Z"))).array().getJsonObject(0);
        JsonObject two = f.admin.post(f.events("/door/offline-scans"), upload("Gate B", "phone-b",
                scan(UUID.randomUUID().toString(), id, 1, "2031-06-01T18:02:00Z"))).array().getJsonObject(0);

        assertThat(one.getString("outcome")).isEqualTo("admitted");
        assertThat(one.getBoolean("conflict")).isFalse();
        assertThat(two.getString("outcome")).isEqualTo("already-used");
        assertThat(two.getBoolean("conflict")).isTrue();
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isEqualTo(1);

        Api.Reply seen = f.viewer.get(f.events("/door/conflicts"));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        JsonArray conflicts = seen.array();
        assertThat(conflicts).hasSize(1);
        JsonObject conflict = conflicts.getJsonObject(0);
        assertThat(conflict.getString("invitationId")).isEqualTo(id);
        assertThat(conflict.getString("name")).isEqualTo("Dana Cohen");
        assertThat(conflict.getString("outcome")).isEqualTo("already-used");
        JsonObject offline = conflict.getJsonObject("offline");
        assertThat(offline.getString("station")).isEqualTo("Gate B");
        assertThat(offline.getString("device")).isEqualTo("phone-b");
        assertThat(offline.getString("at")).startsWith("2031-06-01T18:02");
        JsonObject honoured = conflict.getJsonArray("honoured").getJsonObject(0);
        assertThat(honoured.getString("station")).isEqualTo("Gate A");
        assertThat(honoured.getString("device")).isEqualTo("phone-a");
        assertThat(honoured.getString("at")).startsWith("2031-06-01T18:00");
        assertThat(honoured.getBoolean("offline")).isTrue();

        // Organizers: every member of the event and super-admins; nobody else learns of it.
        assertThat(f.editor.get(f.events("/door/conflicts")).status()).isEqualTo(200);
        assertThat(SUPER_ADMIN.get(f.events("/door/conflicts")).status()).isEqualTo(200);
        assertThat(f.outsider.get(f.events("/door/conflicts")).status()).isEqualTo(404);
        assertThat(Api.anonymous().get(f.events("/door/conflicts")).status()).isEqualTo(401);
    }

    static String invitation(String eventId, String name, int seats) {
        Api.Reply reply = SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"" + name
                + "\",\"email\":\"" + Api.uniqueEmail("offline") + "\",\"seats\":" + seats + ",\"eventId\":\"" + eventId
                + "\",\"send\":false}");
        return Fixture.created(reply).getString("id");
    }

    static String upload(String station, String device, String... scans) {
        return "{\"station\":\"" + station + "\",\"device\":\"" + device + "\",\"scans\":[" + String.join(",", scans)
                + "]}";
    }

    static String scan(String nonce, String invitationId, int seats, String at) {
        return "{\"nonce\":\"" + nonce + "\",\"invitationId\":\"" + invitationId + "\",\"seats\":" + seats
                + ",\"at\":\"" + at + "\"}";
    }
}
