package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server sending a webhook delivery is killed (SIGKILL) while its receiver holds the request open,
 * and started again: the delivery's lease runs out, it is claimed and sent again, and every occurrence
 * queued behind it follows, in order, each answered 2xx exactly once; the database shows every row
 * delivered. The crash server has its own database, so the main test server never sends these.
 */
class WebhookCrashIT {

    private static final int CHANGES = 5;
    /** The crash server waits this long for an answer, so it is still waiting when it is killed. */
    private static final int TIMEOUT_SECONDS = 15;
    private static CrashServer server;

    @BeforeAll
    static void start() {
        server = new CrashServer("USHER_WEBHOOKS_TIMEOUT_SECONDS=" + TIMEOUT_SECONDS);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aServerKilledMidDeliveryLosesNoOccurrenceAndCompletesNoneTwice() throws Exception {
        Api admin = Api.newUser().at(server.baseUrl());
        String eventId = ok(admin.post("/api/events", "{\"name\":\"Crash webhooks\"}"), 201).getString("id");
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            guests.add(ok(admin.post("/api/events/" + eventId + "/guests", "{\"firstName\":\"Guest" + i + "\"}"), 201)
                    .getString("id"));
        }
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.holdFirst();
            JsonObject created = ok(admin.post("/api/events/" + eventId + "/webhooks",
                    "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"guest.rsvp_changed\"]}"), 201);
            receiver.secret(created.getString("secret"));
            String subscription = created.getString("id");
            for (String guest : guests) {
                ok(admin.patch("/api/events/" + eventId + "/guests/" + guest, "{\"status\":\"confirmed\"}"), 200);
            }
            assertThat(crashDb("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid",
                    subscription)).isEqualTo(CHANGES);
            String order = crashText("SELECT string_agg(occurrence_id::text, ',' ORDER BY seq) FROM webhook_deliveries"
                    + " WHERE subscription_id = ?::uuid", subscription);

            // The first delivery reaches the receiver, which holds it; the server dies waiting for the answer.
            assertThat(receiver.await(1)).hasSize(1);
            server.kill();
            assertThat(receiver.received()).as("the held head keeps the rest queued").hasSize(1);
            assertThat(receiver.received().get(0).json().getString("id")).isEqualTo(order.split(",")[0]);
            assertThat(crashDb("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                    + " AND state = 'sending' AND attempts = 1", subscription)).as("left in flight by the kill").isEqualTo(1);
            assertThat(receiver.okAnswers()).isEmpty();

            server.start();
            awaitState(() -> crashDb("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                    + " AND state = 'delivered'", subscription) == CHANGES, "every delivery delivered");

            // Every occurrence answered 2xx exactly once, in the order they were queued.
            List<String> queued = List.of(order.split(","));
            assertThat(receiver.okOrder()).containsExactlyElementsOf(queued);
            assertThat(receiver.okAnswers()).hasSize(CHANGES).allSatisfy((id, answers) ->
                    assertThat(answers).as(id).isEqualTo(1));
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).hasSize(CHANGES + 1).allMatch(WebhookReceiver.Received::verified);
            assertThat(got.get(1).body()).as("the held one, sent again").isEqualTo(got.get(0).body());
            assertThat(crashDb("SELECT attempts FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                    + " AND occurrence_id = ?::uuid", subscription, queued.get(0))).isEqualTo(2);
            assertThat(crashDb("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                    + " AND attempts = 1 AND last_status = 200", subscription)).isEqualTo(CHANGES - 1);
        }
    }

    /** Polls the crash database until {@code done} holds (the lease runs out a minute after the claim). */
    private static void awaitState(BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for: " + what).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static long crashDb(String sql, Object... parameters) {
        return Db.countIn(System.getProperty("usher.it.crash.db.url"), sql, parameters);
    }

    private static String crashText(String sql, Object... parameters) {
        return Db.textIn(System.getProperty("usher.it.crash.db.url"), sql, parameters);
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }
}
