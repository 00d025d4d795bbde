package dev.usher.it.messaging;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/** The whatsapp-broadcast job against the local Graph API stand-in. */
class WhatsAppBroadcastIT extends ArquillianIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    /** Leaves out the fixture's own guest. */
    private static final String ONLY_NEW = ",\"side\":\"broadcast\"";

    private static String templateTo(String filters) {
        return "{\"template\":{\"name\":\"wedding_invite\",\"language\":\"he\",\"bodyParameters\":[\"{firstName}\"],"
                + "\"quickReplies\":[\"yes\",\"no\"]}" + filters + "}";
    }

    /** The broadcast job's chunk size (whatsapp-broadcast.xml). */
    static final int FIRST_CHUNK = 100;

    /**
     * A guest on this side with a new phone, placed first ({@code last} false) or last in the
     * order a broadcast reaches guests (by id), so a test decides in which chunk it comes.
     */
    static String guestInOrder(Fixture f, boolean last, String firstName, String side) {
        String id = (last ? "f" : "0") + UUID.randomUUID().toString().substring(1);
        String phone = uniquePhone();
        Db.update("INSERT INTO guests (id, event_id, first_name, phone, side) VALUES (?::uuid, ?::uuid, ?, ?, ?)",
                id, f.eventId, firstName, phone, side);
        return phone;
    }

    /** Guests with phones, first name to phone, in the order the broadcast reaches them (by id). */
    private static Map<String, String> guestsWithPhones(Fixture f, int count, String side) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = uniquePhone();
            String id = Fixture.created(f.editor.post(f.events("/guests"), "{\"firstName\":\"G" + i
                    + "\",\"phone\":\"" + phone + "\",\"side\":\"" + side + "\"}")).getString("id");
            rows.add(new String[] {id, "G" + i, phone});
        }
        rows.sort(Comparator.comparing(r -> r[0]));
        Map<String, String> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r[1], r[2]));
        return byName;
    }

    @Test
    void aBroadcastReachesEveryMatchingGuestOnceWithTheirOwnFirstName() {
        Fixture f = Fixture.create();
        Map<String, String> brides = guestsWithPhones(f, 10, "bride-side");
        String groomPhone = uniquePhone();
        Fixture.created(f.editor.post(f.events("/guests"),
                "{\"firstName\":\"Groom\",\"phone\":\"" + groomPhone + "\",\"side\":\"groom\"}"));
        Fixture.created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Nophone\",\"side\":\"bride-side\"}"));

        Api.Reply started = f.viewer.post(f.events("/whatsapp/broadcast"), templateTo(",\"side\":\"Bride-Side\""));
        long execution = executionId(started);
        JsonObject job = awaitEnd(f.editor, execution);
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "sent")).isEqualTo(10);
        assertThat(count(job, "failed")).isZero();
        assertThat(count(job, "no-phone")).as("the guest without a phone is skipped and counted").isEqualTo(1);

        brides.forEach((name, phone) -> {
            List<GraphApiStub.Request> requests = GRAPH.requestsTo(phone);
            assertThat(requests).as(name).hasSize(1);
            JsonObject body = requests.get(0).json();
            assertThat(body.getString("type")).isEqualTo("template");
            assertThat(body.getJsonObject("template").getJsonArray("components").getJsonObject(0)
                    .getJsonArray("parameters").getJsonObject(0).getString("text")).isEqualTo(name);
        });
        assertThat(GRAPH.requestsTo(groomPhone)).isEmpty();

        String broadcastId = job.getJsonObject("parameters").getString("broadcastId");
        JsonObject totals = ok(f.viewer.get(f.events("/messages/totals?broadcast=" + broadcastId)));
        assertThat(totals.toString()).contains("\"sent\":10").contains("\"failed\":1");
    }

    @Test
    void aStoppedBroadcastRestartsAndStillSendsEachGuestExactlyOnce() {
        Fixture f = Fixture.create();
        Map<String, String> guests = guestsWithPhones(f, 250, "broadcast");
        List<String> phones = new ArrayList<>(guests.values());
        var stopRequested = new CompletableFuture<Integer>();
        var execution = new long[1];
        // When the 120th guest is reached, an editor stops the job (from another thread: the
        // stand-in answers this very request meanwhile).
        GRAPH.whenCalled(phones.get(119), () -> CompletableFuture.runAsync(() -> stopRequested.complete(
                f.editor.send("POST", "/api/jobs/" + execution[0] + "/stop", null, null).status())));
        execution[0] = executionId(f.editor.post(f.events("/whatsapp/broadcast"), templateTo(ONLY_NEW)));
        assertThat(stopRequested.join()).isEqualTo(200);
        JsonObject stopped = awaitEnd(f.editor, execution[0]);
        assertThat(stopped.getString("batchStatus")).isEqualTo("STOPPED");
        long reachedBeforeRestart = phones.stream().filter(p -> !GRAPH.requestsTo(p).isEmpty()).count();
        assertThat(reachedBeforeRestart).isBetween(120L, 249L);

        long restarted = ok(f.admin.send("POST", "/api/jobs/" + execution[0] + "/restart", null, null))
                .getJsonNumber("executionId").longValue();
        JsonObject done = awaitEnd(f.admin, restarted);
        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(phones).allSatisfy(phone -> assertThat(GRAPH.requestsTo(phone)).as(phone).hasSize(1));
        assertThat(count(done, "sent")).isEqualTo(250);
    }

    @Test
    void aGuestLeftInDoubtIsNeitherResentNorDroppedAndAnEditorMayResendIt() {
        Fixture f = Fixture.create();
        // A chunk's sends run a few at a time, so the guest left in doubt is the last one, in the
        // broadcast's second chunk (100 guests a chunk, in id order): the first chunk's first
        // call records it as a crash would (its send recorded, no answer ever came) before that
        // chunk starts.
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < FIRST_CHUNK; i++) {
            phones.add(guestInOrder(f, false, "G" + i, "broadcast"));
        }
        String doubtful = guestInOrder(f, true, "Doubtful", "broadcast");
        GRAPH.whenCalled(phones.get(0), () -> Db.update("""
                INSERT INTO deliveries (id, channel, event_id, guest_id, broadcast_id, recipient, kind, state,
                                        attempts, sending_at)
                SELECT gen_random_uuid(), 'whatsapp', g.event_id, g.id,
                       (SELECT (parameters->>'broadcastId')::uuid FROM job_runs WHERE event_id = g.event_id),
                       g.phone, 'template', 'sending', 1, now()
                FROM guests g WHERE g.event_id = ?::uuid AND g.phone = ?""", f.eventId, doubtful));
        JsonObject job = awaitEnd(f.editor, executionId(f.viewer.post(f.events("/whatsapp/broadcast"),
                templateTo(ONLY_NEW))));
        assertThat(count(job, "sent")).isEqualTo(FIRST_CHUNK);
        assertThat(count(job, "in-doubt")).isEqualTo(1);
        assertThat(GRAPH.requestsTo(doubtful)).isEmpty();

        String broadcastId = job.getJsonObject("parameters").getString("broadcastId");
        JsonObject inDoubt = ok(f.viewer.get(f.events("/messages?state=sending&broadcast=" + broadcastId)))
                .getJsonArray("items").getJsonObject(0);
        String messageId = inDoubt.getString("id");
        assertThat(f.viewer.send("POST", f.events("/messages/" + messageId + "/resend"), null, null).status())
                .isEqualTo(403);
        JsonObject resent = ok(f.editor.send("POST", f.events("/messages/" + messageId + "/resend"), null, null));
        assertThat(resent.getString("state")).isEqualTo("sent");
        assertThat(GRAPH.requestsTo(doubtful)).hasSize(1);
        assertThat(f.editor.send("POST", f.events("/messages/" + messageId + "/resend"), null, null).status())
                .isEqualTo(409);
    }

    @Test
    void aBroadcastNobodyMatchesOrWithBadContentIsRefusedBeforeAnyJobStarts() {
        Fixture f = Fixture.create();
        Api.Reply nobody = f.viewer.post(f.events("/whatsapp/broadcast"), templateTo(",\"side\":\"nobody\""));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.body()).contains("no guest");
        Api.Reply both = f.viewer.post(f.events("/whatsapp/broadcast"),
                Json.createObjectBuilder().add("text", "hi").add("template", Json.createObjectBuilder()
                        .add("name", "x").add("language", "en")).build().toString());
        assertThat(both.status()).isEqualTo(422);
        assertThat(f.outsider.post(f.events("/whatsapp/broadcast"), templateTo("")).status()).isEqualTo(404);
        assertThat(Api.anonymous().post(f.events("/whatsapp/broadcast"), templateTo("")).status()).isEqualTo(401);
        assertThat(ok(f.admin.get("/api/jobs?eventId=" + f.eventId)).getInt("total")).isZero();
    }
}
