package dev.usher.it.checkin;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Admission at the door: exactly once under concurrency, parties in parts, nonces, undo. */
class CheckInIT extends ArquillianIT {

    @Test
    void fiftyStationsScanningAOneSeatCodeAtOnceAdmitExactlyOne() throws Exception {
        JsonObject invitation = Invites.draft(null, 1);
        String token = Invites.token(invitation.getString("id"));
        List<JsonObject> answers = concurrently(50, i -> SCANNER.post("/api/check-ins", checkIn(token, "Gate " + i, null, null, null)));
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("admitted"))).hasSize(1);
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("already-used"))).hasSize(49);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", invitation.getString("id"))).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", invitation.getString("id")))
                .isEqualTo(50);
        JsonObject details = ok(SUPER_ADMIN.get("/api/admin/official-invitations/" + invitation.getString("id")));
        assertThat(details.getJsonObject("invitation").getString("status")).isEqualTo("scanned");
        assertThat(details.getJsonObject("invitation").getInt("scanCount")).isEqualTo(50);
        assertThat(details.getJsonArray("scans")).hasSize(50);
    }

    @Test
    void tenSingleSeatScansOfAThreeSeatCodeAtOnceAdmitExactlyThree() throws Exception {
        JsonObject invitation = Invites.draft(null, 3);
        String token = Invites.token(invitation.getString("id"));
        List<JsonObject> answers = concurrently(10, i -> SCANNER.post("/api/check-ins", checkIn(token, "Gate " + i, 1, null, null)));
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("admitted"))).hasSize(3);
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("already-used"))).hasSize(7);
        assertThat(answers.stream().filter(a -> a.getString("outcome").equals("admitted")).mapToInt(a -> a.getInt("seatsLeft")))
                .containsExactlyInAnyOrder(2, 1, 0);
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", invitation.getString("id"))).isEqualTo(3);
    }

    @Test
    void aRetriedNonceGetsTheFirstAnswerAndAdmitsNoOneMore() throws Exception {
        JsonObject invitation = Invites.draft(null, 5);
        String token = Invites.token(invitation.getString("id"));
        String nonce = UUID.randomUUID().toString();
        JsonObject first = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate A", 2, nonce, null)));
        assertThat(first.getString("outcome")).isEqualTo("admitted");
        assertThat(first.getBoolean("replayed")).isFalse();

        JsonObject replay = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate A", 2, nonce, null)));
        assertThat(replay.getString("scanId")).isEqualTo(first.getString("scanId"));
        assertThat(replay.getString("outcome")).isEqualTo("admitted");
        assertThat(replay.getInt("seatsAdmitted")).isEqualTo(2);
        assertThat(replay.getInt("seatsLeft")).isEqualTo(3);
        assertThat(replay.getBoolean("replayed")).isTrue();

        // The same nonce from ten stations at once: still one admission of two seats.
        String racing = UUID.randomUUID().toString();
        List<JsonObject> answers = concurrently(10, i -> SCANNER.post("/api/check-ins", checkIn(token, "Gate B", 1, racing, null)));
        assertThat(answers).extracting(a -> a.getString("scanId")).containsOnly(answers.get(0).getString("scanId"));
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", invitation.getString("id"))).isEqualTo(3);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE invitation_id = ?::uuid", invitation.getString("id")))
                .isEqualTo(2);
    }

    @Test
    void aPartyArrivesInPartsAndThenTheCodeIsUsed() {
        JsonObject invitation = Invites.draft(null, 3);
        String token = Invites.token(invitation.getString("id"));
        JsonObject two = ok(SCANNER.post("/api/check-ins", checkIn(token, "Main door", 2, null, null)));
        assertThat(two.getString("outcome")).isEqualTo("admitted");
        assertThat(two.getInt("seatsAdmitted")).isEqualTo(2);
        assertThat(two.getInt("seatsLeft")).isEqualTo(1);
        assertThat(two.getString("firstName")).isEqualTo("Dana");
        assertThat(two.getString("invitationNumber")).isEqualTo(invitation.getString("number"));

        JsonObject tooMany = ok(SCANNER.post("/api/check-ins", checkIn(token, "Side door", 2, null, null)));
        assertThat(tooMany.getString("outcome")).isEqualTo("not-enough-seats");
        assertThat(tooMany.getInt("seatsAdmitted")).isZero();
        assertThat(tooMany.getInt("seatsLeft")).isEqualTo(1);

        JsonObject rest = ok(SCANNER.post("/api/check-ins", checkIn(token, "Side door", null, null, null)));
        assertThat(rest.getString("outcome")).isEqualTo("admitted");
        assertThat(rest.getInt("seatsAdmitted")).isEqualTo(1);
        assertThat(rest.getInt("seatsLeft")).isZero();

        JsonObject used = ok(SCANNER.post("/api/check-ins", checkIn(token, "Back door", null, null, null)));
        assertThat(used.getString("outcome")).isEqualTo("already-used");
        assertThat(used.getString("firstUsedStation")).isEqualTo("Main door");
        assertThat(used.getString("firstUsedAt")).isEqualTo(two.getString("scannedAt"));
    }

    @Test
    void theWholeScannedUrlIsAcceptedAndForeignOrUnknownCodesAdmitNoOne() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        JsonObject invitation = Invites.draft(f.eventId, 1);
        String token = Invites.token(invitation.getString("id"));

        JsonObject wrong = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, other.eventId)));
        assertThat(wrong.getString("outcome")).isEqualTo("wrong-event");
        assertThat(wrong.containsKey("firstName")).isFalse();

        String unknownToken = "A".repeat(32);
        JsonObject unknown = ok(SCANNER.post("/api/check-ins", checkIn(unknownToken, "Gate", null, null, null)));
        assertThat(unknown.getString("outcome")).isEqualTo("unknown");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE id = ?::uuid AND invitation_id IS NULL"
                + " AND outcome = 'unknown'", unknown.getString("scanId"))).isEqualTo(1);

        String url = Api.baseUrl() + "/validate-invitation?token=" + token;
        JsonObject admitted = ok(SCANNER.post("/api/check-ins", checkIn(url, "Gate", null, null, f.eventId)));
        assertThat(admitted.getString("outcome")).isEqualTo("admitted");
    }

    @Test
    void anEventAdminScansTheirOwnCodesButNotOthers() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String own = Invites.token(Invites.draft(f.eventId, 1).getString("id"));
        String foreign = Invites.token(Invites.draft(other.eventId, 1).getString("id"));

        assertThat(ok(f.admin.post("/api/check-ins", checkIn(own, "Door", null, null, null))).getString("outcome"))
                .isEqualTo("admitted");
        Api.Reply refused = f.admin.post("/api/check-ins", checkIn(foreign, "Door", null, null, null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        // At the door of their own event, a foreign code is simply the wrong event.
        assertThat(ok(f.admin.post("/api/check-ins", checkIn(foreign, "Door", null, null, f.eventId))).getString("outcome"))
                .isEqualTo("wrong-event");
        assertThat(f.editor.post("/api/check-ins", checkIn(own, "Door", null, null, null)).status()).isEqualTo(403);
    }

    @Test
    void aRevokedCodeAdmitsNoOne() {
        JsonObject invitation = Invites.draft(null, 2);
        String token = Invites.token(invitation.getString("id"));
        assertThat(SUPER_ADMIN.delete("/api/admin/official-invitations/" + invitation.getString("id")).status()).isEqualTo(204);
        JsonObject answer = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, null)));
        assertThat(answer.getString("outcome")).isEqualTo("revoked");
        assertThat(answer.getInt("seatsAdmitted")).isZero();
        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", invitation.getString("id"))).isZero();
    }

    @Test
    void aMistakenAdmissionIsUndoneOnceAndStaysOnRecord() {
        Fixture f = Fixture.create();
        JsonObject invitation = Invites.draft(f.eventId, 2);
        String token = Invites.token(invitation.getString("id"));
        JsonObject admitted = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, null)));
        String scanId = admitted.getString("scanId");

        JsonObject undone = ok(f.admin.delete("/api/check-ins/" + scanId));
        assertThat(undone.getInt("seatsReturned")).isEqualTo(2);
        assertThat(undone.getInt("seatsLeft")).isEqualTo(2);
        assertThat(undone.getString("status")).isEqualTo("pending");
        Api.Reply again = SUPER_ADMIN.delete("/api/check-ins/" + scanId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();

        JsonObject details = ok(SUPER_ADMIN.get("/api/admin/official-invitations/" + invitation.getString("id")));
        JsonObject scan = details.getJsonArray("scans").getJsonObject(0);
        assertThat(scan.getString("revertedAt")).isNotBlank();
        assertThat(scan.getString("revertedBy")).isNotBlank();
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, null))).getString("outcome"))
                .isEqualTo("admitted");
    }

    interface Call {
        Api.Reply call(int i);
    }

    /** Runs n calls at the same instant (released together by a latch); each must answer 200. */
    static List<JsonObject> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Api.Reply> task = () -> {
                    start.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<JsonObject> answers = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                answers.add(ok(future.get()));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
