package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-wide subscriptions ({@code /api/admin/webhooks}): every event's occurrences reach them, and
 * those of no event (an official invitation without one); each delivery records its occurrence's
 * event; another super-admin sees and manages them; an event's admins never reach them through their
 * event's paths; bad input is a 422 naming the field. Each test deletes what it created: a
 * server-wide subscription left behind would receive every later test's occurrences.
 */
class ServerWebhooksIT extends ArquillianIT {

    private static final String WEBHOOKS = "/api/admin/webhooks";

    @Test
    void everyEventsOccurrencesAndThoseOfNoEventArriveEachDeliveryRecordingItsEvent() throws Exception {
        Fixture a = Fixture.create();
        Fixture b = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonObject subscription = created(SUPER_ADMIN.post(WEBHOOKS, "{\"url\":\"" + receiver.url()
                    + "\",\"eventTypes\":[\"guest.rsvp_changed\",\"invitation.sent\"]}"));
            String id = subscription.getString("id");
            receiver.secret(subscription.getString("secret"));
            try {
                ok(a.admin.patch(a.events("/guests/" + a.guestId), "{\"status\":\"confirmed\"}"));
                ok(b.editor.patch(b.events("/guests/" + b.guestId), "{\"status\":\"declined\"}"));
                JsonObject general = created(SUPER_ADMIN.post("/api/admin/official-invitations",
                        "{\"recipientName\":\"Noa Press\",\"email\":\"" + Api.uniqueEmail("press") + "\"}"));

                List<WebhookReceiver.Received> got = awaitReceived(receiver, 3, a, b, general.getString("id"));
                assertThat(got).allMatch(WebhookReceiver.Received::verified);
                assertThat(got.get(0).json().getString("eventId")).isEqualTo(a.eventId);
                assertThat(got.get(0).json().getJsonObject("data").getString("to")).isEqualTo("confirmed");
                assertThat(got.get(1).json().getString("eventId")).isEqualTo(b.eventId);
                assertThat(got.get(1).json().getJsonObject("data").getString("to")).isEqualTo("declined");
                JsonObject sent = got.get(2).json();
                assertThat(sent.getString("type")).isEqualTo("invitation.sent");
                assertThat(sent.isNull("eventId")).isTrue();
                assertThat(sent.getJsonObject("data").getString("invitationId")).isEqualTo(general.getString("id"));

                // The log's rows record each occurrence's event, none for the official invitation.
                assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                        + " AND event_id = ?::uuid", id, a.eventId)).isEqualTo(1);
                assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                        + " AND event_id = ?::uuid", id, b.eventId)).isEqualTo(1);
                assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = ?::uuid"
                        + " AND event_id IS NULL AND occurrence_id = ?::uuid", id, sent.getString("id"))).isEqualTo(1);

                // Another super-admin sees it, its log, and may send a delivery again.
                Api other = Api.newUser("super-admin");
                assertThat(other.get(WEBHOOKS).array().getValuesAs(JsonObject.class))
                        .extracting(s -> s.getString("id")).contains(id);
                assertThat(other.get(WEBHOOKS).body()).doesNotContain(subscription.getString("secret"));
                JsonObject first = awaitLog(other, id, log -> log.getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> d.getString("occurrenceId").equals(got.get(0).json().getString("id"))
                                && d.getString("state").equals("delivered")))
                        .getValuesAs(JsonObject.class).stream()
                        .filter(d -> d.getString("occurrenceId").equals(got.get(0).json().getString("id")))
                        .findFirst().orElseThrow();
                JsonObject again = ok(other.post(WEBHOOKS + "/" + id + "/deliveries/" + first.getString("id")
                        + "/redeliver", ""));
                assertThat(again.getString("redeliveryOf")).isEqualTo(first.getString("id"));
                assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE id = ?::uuid AND event_id = ?::uuid",
                        again.getString("id"), a.eventId)).isEqualTo(1);
                assertThat(receiver.await(4).stream().map(WebhookReceiver.Received::deliveryId))
                        .contains(again.getString("id"));
            } finally {
                assertThat(SUPER_ADMIN.delete(WEBHOOKS + "/" + id).status()).isEqualTo(204);
            }
            assertThat(SUPER_ADMIN.get(WEBHOOKS + "/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void anEventsAdminsNeverReachAServerWideSubscriptionThroughTheirEvent() {
        Fixture f = Fixture.create();
        String own = created(f.admin.post(f.events("/webhooks"),
                "{\"url\":\"https://hooks.example/own\",\"eventTypes\":[\"guest.rsvp_changed\"]}")).getString("id");
        String server = created(SUPER_ADMIN.post(WEBHOOKS,
                "{\"url\":\"https://127.0.0.1:1/server\",\"eventTypes\":[\"guest.rsvp_changed\"]}")).getString("id");
        try {
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            // The change was queued for both, the server-wide row recording this event.
            String delivery = SUPER_ADMIN.get(WEBHOOKS + "/" + server + "/deliveries").array().getJsonObject(0)
                    .getString("id");
            assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE id = ?::uuid AND event_id = ?::uuid",
                    delivery, f.eventId)).isEqualTo(1);
            assertThat(Db.update("UPDATE webhook_deliveries SET state = 'delivered', finished_at = now()"
                    + " WHERE id = ?::uuid", delivery)).isEqualTo(1);

            assertThat(f.admin.get(f.events("/webhooks")).array().getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("id")).containsExactly(own);
            for (Api.Reply reply : List.of(
                    f.admin.get(f.events("/webhooks/" + server)),
                    f.admin.get(f.events("/webhooks/" + server + "/deliveries")),
                    f.admin.post(f.events("/webhooks/" + server + "/deliveries/" + delivery + "/redeliver"), ""),
                    f.admin.post(f.events("/webhooks/" + own + "/deliveries/" + delivery + "/redeliver"), ""),
                    f.admin.delete(f.events("/webhooks/" + server)),
                    // Nor is an event's subscription reachable as a server-wide one.
                    SUPER_ADMIN.get(WEBHOOKS + "/" + own),
                    SUPER_ADMIN.get(WEBHOOKS + "/" + own + "/deliveries"))) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
                assertThat(reply.isProblem()).isTrue();
            }
            assertThat(SUPER_ADMIN.get(WEBHOOKS).array().getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("id")).contains(server).doesNotContain(own);
            assertThat(SUPER_ADMIN.get(WEBHOOKS + "/" + server).status()).isEqualTo(200);
        } finally {
            assertThat(SUPER_ADMIN.delete(WEBHOOKS + "/" + server).status()).isEqualTo(204);
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsCreated() {
        long before = Db.count("SELECT count(*) FROM webhook_subscriptions WHERE event_id IS NULL");
        assertRefused("{\"url\":\"http://hooks.example/a\",\"eventTypes\":[\"job.finished\"]}", Set.of("url"));
        assertRefused("{\"url\":\"https://user:pw@hooks.example/a\",\"eventTypes\":[\"job.finished\"]}", Set.of("url"));
        assertRefused("{\"eventTypes\":[\"job.finished\"]}", Set.of("url"));
        assertRefused("{\"url\":\"https://hooks.example/a\",\"eventTypes\":[]}", Set.of("eventTypes"));
        assertRefused("{\"url\":\"https://hooks.example/a\",\"eventTypes\":[\"job.finished\",\"nope\"]}",
                Set.of("eventTypes[1]"));
        assertRefused("{\"url\":\"ftp://hooks.example/a\",\"eventTypes\":[\"nope\"]}", Set.of("url", "eventTypes[0]"));
        assertThat(Db.count("SELECT count(*) FROM webhook_subscriptions WHERE event_id IS NULL")).isEqualTo(before);
    }

    private static void assertRefused(String body, Set<String> fields) {
        Api.Reply reply = SUPER_ADMIN.post(WEBHOOKS, body);
        assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).as(reply.toString()).containsExactlyInAnyOrderElementsOf(fields);
    }

    /**
     * What the receiver got of these two events and this invitation, once there are {@code count}
     * (another test's background work may reach a server-wide subscription too).
     */
    private static List<WebhookReceiver.Received> awaitReceived(WebhookReceiver receiver, int count, Fixture a,
                                                                Fixture b, String invitation)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<WebhookReceiver.Received> ours = receiver.received().stream().filter(r -> {
                JsonObject json = r.json();
                String event = json.isNull("eventId") ? null : json.getString("eventId");
                return a.eventId.equals(event) || b.eventId.equals(event)
                        || invitation.equals(json.getJsonObject("data").getString("invitationId", null));
            }).toList();
            if (ours.size() >= count || Instant.now().isAfter(deadline)) {
                assertThat(ours).hasSize(count);
                return ours;
            }
            Thread.sleep(50);
        }
    }

    private static JsonArray awaitLog(Api api, String id, Predicate<JsonArray> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Api.Reply reply = api.get(WEBHOOKS + "/" + id + "/deliveries");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonArray log = reply.array();
            if (done.test(log) || Instant.now().isAfter(deadline)) {
                assertThat(done.test(log)).as(log.toString()).isTrue();
                return log;
            }
            Thread.sleep(100);
        }
    }
}
