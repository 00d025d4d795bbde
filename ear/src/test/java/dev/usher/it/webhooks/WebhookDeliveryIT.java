package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook deliveries through the real server to a real receiver on loopback (see
 * {@link WebhookReceiver}): an RSVP change arrives signed as the README says, a 500 is retried and the
 * same occurrence delivered, so is one the receiver did not answer in time, a 410 turns the subscription off, one subscription's deliveries arrive
 * one at a time and in order even across a retry, a finished delivery is sent again on request, and
 * a change rolled back is never sent; an admission at the door is delivered to a subscription of
 * {@code checkin.admitted}, and only subscribed types are.
 */
class WebhookDeliveryIT extends ArquillianIT {

    private static String subscribe(Fixture f, WebhookReceiver receiver) {
        JsonObject created = created(f.admin.post(f.events("/webhooks"),
                "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"guest.rsvp_changed\"]}"));
        receiver.secret(created.getString("secret"));
        return created.getString("id");
    }

    @Test
    void anRsvpChangeIsDeliveredOnceSignedWithTheSubscriptionsSecret() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(f, receiver);
            ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));

            List<WebhookReceiver.Received> got = receiver.await(1);
            assertThat(got).hasSize(1);
            WebhookReceiver.Received first = got.get(0);
            assertThat(first.verified()).as(first.signature()).isTrue();
            assertThat(first.eventType()).isEqualTo("guest.rsvp_changed");
            JsonObject payload = first.json();
            assertThat(payload.getString("type")).isEqualTo("guest.rsvp_changed");
            assertThat(payload.getString("eventId")).isEqualTo(f.eventId);
            JsonObject data = payload.getJsonObject("data");
            assertThat(data.getString("guestId")).isEqualTo(f.guestId);
            assertThat(data.getString("firstName")).isEqualTo("Noa");
            assertThat(data.getString("from")).isEqualTo("invited");
            assertThat(data.getString("to")).isEqualTo("confirmed");
            assertThat(data.getString("source")).isEqualTo("console");
            // The guest's own words (a WhatsApp reply's text) are never part of a payload.
            assertThat(data.containsKey("evidence")).isFalse();

            // Signed with this subscription's secret only: another key, or the body changed, fails.
            assertThat(WebhookReceiver.verify(first.signature(), first.body(), "whsec_other", Instant.now())).isFalse();
            assertThat(WebhookReceiver.verify(first.signature(), first.body() + " ", receiver.secret(),
                    Instant.now())).isFalse();
            // A replay after the tolerance is refused by the receiver's timestamp check.
            assertThat(WebhookReceiver.verify(first.signature(), first.body(), receiver.secret(),
                    Instant.now().plus(Duration.ofMinutes(6)))).isFalse();

            JsonObject logged = awaitLog(f, id, log -> log.size() == 1
                    && log.getJsonObject(0).getString("state").equals("delivered")).getJsonObject(0);
            assertThat(logged.getInt("attempts")).isEqualTo(1);
            assertThat(logged.getInt("lastStatus")).isEqualTo(200);
            assertThat(logged.getString("id")).isEqualTo(first.deliveryId());
            assertThat(logged.getString("occurrenceId")).isEqualTo(payload.getString("id"));
        }
    }

    @Test
    void aServerErrorIsRetriedAndTheSameOccurrenceDelivered() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(500, 503);
            String id = subscribe(f, receiver);
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));

            List<WebhookReceiver.Received> got = receiver.await(3);
            assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 503, 200);
            assertThat(got).allMatch(WebhookReceiver.Received::verified);
            assertThat(got).extracting(WebhookReceiver.Received::body).containsOnly(got.get(0).body());
            assertThat(got).extracting(WebhookReceiver.Received::deliveryId).containsOnly(got.get(0).deliveryId());
            JsonObject logged = awaitLog(f, id, log -> log.size() == 1
                    && log.getJsonObject(0).getString("state").equals("delivered")).getJsonObject(0);
            assertThat(logged.getInt("attempts")).isEqualTo(3);
            assertThat(logged.getInt("lastStatus")).isEqualTo(200);
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsTriedAgain() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(WebhookReceiver.TOO_LATE);
            String id = subscribe(f, receiver);
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));

            List<WebhookReceiver.Received> got = receiver.await(2);
            assertThat(got).hasSize(2).allMatch(WebhookReceiver.Received::verified);
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            JsonObject logged = awaitLog(f, id, log -> log.size() == 1
                    && log.getJsonObject(0).getString("state").equals("delivered")).getJsonObject(0);
            assertThat(logged.getInt("attempts")).isEqualTo(2);
        }
    }

    @Test
    void goneTurnsTheSubscriptionOffAndLaterChangesAreNotQueued() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(410);
            String id = subscribe(f, receiver);
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));

            JsonObject logged = awaitLog(f, id, log -> log.size() == 1
                    && log.getJsonObject(0).getString("state").equals("failed")).getJsonObject(0);
            assertThat(logged.getInt("lastStatus")).isEqualTo(410);
            JsonObject subscription = ok(f.admin.get(f.events("/webhooks/" + id)));
            assertThat(subscription.getBoolean("active")).isFalse();
            assertThat(subscription.getString("disabledReason")).contains("410");

            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));
            assertThat(f.admin.get(f.events("/webhooks/" + id + "/deliveries")).array()).hasSize(1);
            assertThat(receiver.received()).hasSize(1);
            // Nor is a finished delivery sent again to a subscription that is off.
            Api.Reply again = f.admin.post(f.events("/webhooks/" + id + "/deliveries/" + logged.getString("id")
                    + "/redeliver"), "");
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.isProblem()).isTrue();
        }
    }

    @Test
    void oneSubscriptionsDeliveriesArriveOneAtATimeInOrderEvenAcrossARetry() throws Exception {
        Fixture f = Fixture.create();
        String gil = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Gil\"}")).getString("id");
        String dana = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Dana\"}")).getString("id");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // The first answer fails, so the head of the queue waits for its retry; every request is
            // held a while, so a second one sent alongside it would be seen.
            receiver.answer(500);
            receiver.hold(Duration.ofMillis(300));
            subscribe(f, receiver);
            List<String[]> changes = List.of(new String[] {f.guestId, "confirmed"}, new String[] {gil, "declined"},
                    new String[] {dana, "confirmed"}, new String[] {f.guestId, "declined"},
                    new String[] {gil, "confirmed"});
            for (String[] change : changes) {
                ok(f.editor.patch(f.events("/guests/" + change[0]), "{\"status\":\"" + change[1] + "\"}"));
            }

            List<WebhookReceiver.Received> got = receiver.await(changes.size() + 1);
            assertThat(got).hasSize(changes.size() + 1);
            assertThat(receiver.mostInFlight()).isEqualTo(1);
            assertThat(got.get(0).answered()).isEqualTo(500);
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            List<WebhookReceiver.Received> delivered = got.subList(1, got.size());
            for (int i = 0; i < changes.size(); i++) {
                JsonObject data = delivered.get(i).json().getJsonObject("data");
                assertThat(data.getString("guestId") + " " + data.getString("to")).as("delivery " + i)
                        .isEqualTo(changes.get(i)[0] + " " + changes.get(i)[1]);
            }
        }
    }

    @Test
    void aFinishedDeliveryIsSentAgainOnRequestWithTheSameOccurrence() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(f, receiver);
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            JsonObject first = awaitLog(f, id, log -> log.size() == 1
                    && log.getJsonObject(0).getString("state").equals("delivered")).getJsonObject(0);

            JsonObject queued = ok(f.admin.post(f.events("/webhooks/" + id + "/deliveries/" + first.getString("id")
                    + "/redeliver"), ""));
            assertThat(queued.getString("redeliveryOf")).isEqualTo(first.getString("id"));
            assertThat(queued.getString("occurrenceId")).isEqualTo(first.getString("occurrenceId"));

            List<WebhookReceiver.Received> got = receiver.await(2);
            assertThat(got).hasSize(2);
            assertThat(got.get(1).verified()).isTrue();
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            assertThat(got.get(1).deliveryId()).isEqualTo(queued.getString("id"));
            awaitLog(f, id, log -> log.size() == 2 && log.getJsonObject(0).getString("state").equals("delivered"));
        }
    }

    @Test
    void aChangeRolledBackQueuesNothingAndOneCommittedQueuesOnePerActiveSubscription() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver a = WebhookReceiver.start(); WebhookReceiver b = WebhookReceiver.start()) {
            String first = subscribe(f, a);
            String second = subscribe(f, b);
            String insert = "INSERT INTO guest_status_changes (id, event_id, guest_id, from_status, to_status, source,"
                    + " changed_at) VALUES (gen_random_uuid(), ?::uuid, ?::uuid, 'invited', 'confirmed', 'console', now())";
            try (Connection connection = Db.connect()) {
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(insert)) {
                    statement.setString(1, f.eventId);
                    statement.setString(2, f.guestId);
                    assertThat(statement.executeUpdate()).isEqualTo(1);
                }
                // Inside the transaction the deliveries exist; rolled back, they never did.
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM webhook_deliveries WHERE event_id = ?::uuid")) {
                    statement.setString(1, f.eventId);
                    var rows = statement.executeQuery();
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(2);
                }
                connection.rollback();
            }
            assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE event_id = ?::uuid", f.eventId))
                    .isZero();

            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            assertThat(a.await(1)).hasSize(1);
            assertThat(b.await(1)).hasSize(1);
            assertThat(a.received().get(0).json().getString("id")).isEqualTo(b.received().get(0).json().getString("id"));
            assertThat(a.received().get(0).verified() && b.received().get(0).verified()).isTrue();
            awaitLog(f, first, log -> log.size() == 1 && log.getJsonObject(0).getString("state").equals("delivered"));
            awaitLog(f, second, log -> log.size() == 1 && log.getJsonObject(0).getString("state").equals("delivered"));
        }
    }

    @Test
    void anAdmissionIsDeliveredToASubscriptionOfCheckInAdmittedAndOnlyTheTypesSubscribedAreSent() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonObject created = created(f.admin.post(f.events("/webhooks"),
                    "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"checkin.admitted\"]}"));
            receiver.secret(created.getString("secret"));
            String id = created.getString("id");
            // An RSVP change is not this subscription's type: nothing is queued for it.
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            String invitation = Invites.draft(f.eventId, 3).getString("id");
            String token = Invites.token(invitation);
            // A refusal is not an admission; a party of two, then the last seat, are two.
            assertThat(ok(f.admin.post("/api/check-ins", Invites.checkIn(token, "Door", 2, null, null)))
                    .getString("outcome")).isEqualTo("admitted");
            assertThat(ok(f.admin.post("/api/check-ins", Invites.checkIn(token, "Door", 2, null, null)))
                    .getString("outcome")).isEqualTo("not-enough-seats");
            assertThat(ok(f.admin.post("/api/check-ins", Invites.checkIn(token, "Door", null, null, null)))
                    .getString("outcome")).isEqualTo("admitted");

            List<WebhookReceiver.Received> got = receiver.await(2);
            assertThat(got).hasSize(2).allMatch(WebhookReceiver.Received::verified)
                    .allMatch(r -> r.eventType().equals("checkin.admitted"));
            JsonObject first = got.get(0).json();
            assertThat(first.getString("type")).isEqualTo("checkin.admitted");
            assertThat(first.getString("eventId")).isEqualTo(f.eventId);
            JsonObject data = first.getJsonObject("data");
            assertThat(data.getString("invitationId")).isEqualTo(invitation);
            assertThat(data.getString("recipientName")).isEqualTo("Dana Cohen");
            assertThat(data.getInt("seatsAdmitted")).isEqualTo(2);
            assertThat(data.getInt("seatsLeft")).isEqualTo(1);
            assertThat(got.get(1).json().getJsonObject("data").getInt("seatsAdmitted")).isEqualTo(1);
            JsonArray log = awaitLog(f, id, l -> l.size() == 2 && l.getJsonObject(0).getString("state").equals("delivered")
                    && l.getJsonObject(1).getString("state").equals("delivered"));
            assertThat(log.getValuesAs(JsonObject.class)).extracting(d -> d.getString("eventType"))
                    .containsOnly("checkin.admitted");
        }
    }

    /** The subscription's delivery log once it matches (at most 60 s of waiting). */
    private static JsonArray awaitLog(Fixture f, String id, Predicate<JsonArray> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Api.Reply reply = f.admin.get(f.events("/webhooks/" + id + "/deliveries"));
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
