package dev.usher.it.messaging;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.WhatsAppCalls.WEBHOOK;
import static dev.usher.it.support.fixtures.WhatsAppCalls.bytes;
import static dev.usher.it.support.fixtures.WhatsAppCalls.failedStatus;
import static dev.usher.it.support.fixtures.WhatsAppCalls.guest;
import static dev.usher.it.support.fixtures.WhatsAppCalls.post;
import static dev.usher.it.support.fixtures.WhatsAppCalls.postSigned;
import static dev.usher.it.support.fixtures.WhatsAppCalls.reply;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sendText;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sent;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sign;
import static dev.usher.it.support.fixtures.WhatsAppCalls.status;
import static dev.usher.it.support.fixtures.WhatsAppCalls.statuses;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/** Meta's webhooks, signed for real with the run's app secret, against the real server and ledger. */
class WhatsAppWebhookIT extends ArquillianIT {

    private static final long T0 = 1_800_000_000L;

    /** A sent text and what the tests need of it. */
    private record Sent(Fixture fixture, String guestId, String phone, String deliveryId, String wamid) {

        JsonObject record() {
            return ok(fixture.viewer.get(fixture.events("/messages/" + deliveryId)));
        }

        String guestStatus() {
            return ok(fixture.viewer.get(fixture.events("/guests/" + guestId))).getString("status");
        }
    }

    private static Sent sentText(String text) {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Maya", phone);
        JsonObject message = sent(sendText(f.viewer, f, guestId, text));
        return new Sent(f, guestId, phone, message.getString("id"), message.getString("providerMessageId"));
    }

    private static Instant instant(JsonObject record, String field) {
        return OffsetDateTime.parse(record.getString(field)).toInstant();
    }

    // --- the subscription handshake ---

    private static Api.Reply handshake(String mode, String token, String challenge) {
        StringBuilder query = new StringBuilder("?");
        if (mode != null) {
            query.append("hub.mode=").append(mode).append('&');
        }
        if (token != null) {
            query.append("hub.verify_token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8)).append('&');
        }
        if (challenge != null) {
            query.append("hub.challenge=").append(challenge);
        }
        return Api.anonymous().get(WEBHOOK + query);
    }

    @Test
    void theHandshakeEchoesTheChallengeOnlyForTheRightVerifyToken() {
        Api.Reply good = handshake("subscribe", TestEnvironment.whatsappVerifyToken(), "1158201444");
        assertThat(good.status()).as(good.toString()).isEqualTo(200);
        assertThat(good.contentType()).startsWith("text/plain");
        assertThat(good.body()).isEqualTo("1158201444");

        Api.Reply wrongToken = handshake("subscribe", "guess", "1158201444");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(wrongToken.isProblem()).isTrue();
        assertThat(wrongToken.body()).doesNotContain(TestEnvironment.whatsappVerifyToken());
        assertThat(handshake("unsubscribe", TestEnvironment.whatsappVerifyToken(), "1").status()).isEqualTo(403);
        assertThat(handshake(null, null, "1").status()).isEqualTo(403);
        assertThat(handshake("subscribe", TestEnvironment.whatsappVerifyToken(), null).status()).isEqualTo(400);
    }

    // --- signatures ---

    @Test
    void aValidlySignedStatusMovesTheMessageToDeliveredThenRead() {
        Sent s = sentText("Hello");
        Api.Reply delivered = postSigned(bytes(statuses(status(s.wamid(), "delivered", T0, s.phone()))));
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        assertThat(delivered.object().getInt("statusesApplied")).isEqualTo(1);
        JsonObject record = s.record();
        assertThat(record.getString("state")).isEqualTo("delivered");
        assertThat(instant(record, "deliveredAt")).isEqualTo(Instant.ofEpochSecond(T0));

        assertThat(postSigned(bytes(statuses(status(s.wamid(), "read", T0 + 60, s.phone())))).status()).isEqualTo(200);
        record = s.record();
        assertThat(record.getString("state")).isEqualTo("read");
        assertThat(instant(record, "readAt")).isEqualTo(Instant.ofEpochSecond(T0 + 60));
        assertThat(instant(record, "deliveredAt")).isEqualTo(Instant.ofEpochSecond(T0));
    }

    @Test
    void aTamperedBodyAWrongSecretOrNoSignatureIs401AndChangesNothing() {
        Sent s = sentText("Hello");
        byte[] body = bytes(statuses(status(s.wamid(), "read", T0, s.phone())));
        String signature = sign(body, TestEnvironment.whatsappAppSecret());

        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"read\"", "\"sent\"")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply tamperedReply = post(tampered, signature);
        assertThat(tamperedReply.status()).as(tamperedReply.toString()).isEqualTo(401);
        assertThat(tamperedReply.isProblem()).isTrue();

        Api.Reply wrongSecret = post(body, sign(body, "not-the-app-secret"));
        assertThat(wrongSecret.status()).isEqualTo(401);

        Api.Reply missing = post(body, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.string("detail")).contains("X-Hub-Signature-256");

        Api.Reply garbage = post(body, "sha256=not-hex");
        assertThat(garbage.status()).isEqualTo(401);

        assertThat(s.record().getString("state")).isEqualTo("sent");
        assertThat(wrongSecret.body()).doesNotContain(TestEnvironment.whatsappAppSecret());
    }

    @Test
    void theSignatureCoversTheRawBytesEvenWithWhitespaceAndNonAsciiText() {
        Sent s = sentText("Hello");
        String pretty = "{\n  \"object\" : \"whatsapp_business_account\",\n  \"entry\" : [ { \"id\" : \"x\", \"changes\" : [ {"
                + " \"field\" : \"messages\", \"value\" : { \"metadata\" : { \"phone_number_id\" : \""
                + TestEnvironment.WHATSAPP_PHONE_NUMBER_ID + "\" }, \"note\" : \"שלום ✓\", \"statuses\" : [ { \"id\" : \""
                + s.wamid() + "\", \"status\" : \"delivered\", \"timestamp\" : \"" + T0 + "\" } ] } } ] } ]\n}\n";
        Api.Reply reply = postSigned(pretty.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(s.record().getString("state")).isEqualTo("delivered");
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequest() {
        Api.Reply reply = postSigned("{\"object\":".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
    }

    // --- repeats, order, failures, unknown ids ---

    @Test
    void aReplayedCallbackChangesNothing() {
        Sent s = sentText("Hello");
        byte[] body = bytes(statuses(status(s.wamid(), "delivered", T0, s.phone())));
        assertThat(postSigned(body).object().getInt("statusesApplied")).isEqualTo(1);
        JsonObject first = s.record();

        Api.Reply replay = postSigned(body);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.object().getInt("statusesApplied")).isZero();
        assertThat(replay.object().getInt("statusesUnchanged")).isEqualTo(1);
        assertThat(s.record()).isEqualTo(first);
    }

    @Test
    void outOfOrderStatusesNeverMoveAMessageBack() {
        Sent s = sentText("Hello");
        Api.Reply both = postSigned(bytes(statuses(
                status(s.wamid(), "read", T0 + 30, s.phone()),
                status(s.wamid(), "delivered", T0 + 10, s.phone()),
                status(s.wamid(), "sent", T0, s.phone()))));
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        assertThat(both.object().getInt("statusesApplied")).isEqualTo(1);
        assertThat(both.object().getInt("statusesUnchanged")).isEqualTo(2);
        JsonObject record = s.record();
        assertThat(record.getString("state")).isEqualTo("read");
        assertThat(instant(record, "readAt")).isEqualTo(Instant.ofEpochSecond(T0 + 30));
    }

    @Test
    void aFailedStatusRecordsMetasErrorButNotAfterDelivery() {
        Sent s = sentText("Hello");
        postSigned(bytes(failedStatus(s.wamid(), T0, s.phone(), 131026, "Receiver is incapable of receiving this message")));
        JsonObject record = s.record();
        assertThat(record.getString("state")).isEqualTo("failed");
        assertThat(record.getString("errorCode")).isEqualTo("131026");
        assertThat(record.getString("errorReason")).isEqualTo("Receiver is incapable of receiving this message");

        Sent delivered = sentText("Hello");
        postSigned(bytes(statuses(status(delivered.wamid(), "delivered", T0, delivered.phone()))));
        postSigned(bytes(failedStatus(delivered.wamid(), T0 + 5, delivered.phone(), 131026, "late")));
        assertThat(delivered.record().getString("state")).isEqualTo("delivered");
    }

    @Test
    void anUnknownMessageIdIsAcknowledgedSoMetaStopsRetrying() {
        Api.Reply reply = postSigned(bytes(statuses(status("wamid.NOT-OURS-" + System.nanoTime(), "delivered", T0,
                uniquePhone()), status("wamid.x", "deleted", T0, uniquePhone()))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.object().getInt("statusesUnknown")).isEqualTo(1);
        assertThat(reply.object().getInt("statusesIgnored")).isEqualTo(1);
    }

    // --- RSVP by reply ---

    private static Sent sentTemplate() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Shira", phone);
        JsonObject message = sent(f.viewer.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\","
                + "\"template\":{\"name\":\"rsvp_invitation\",\"language\":\"he\",\"bodyParameters\":[\"{firstName}\"],"
                + "\"quickReplies\":[\"yes\",\"no\"]}}"));
        return new Sent(f, guestId, phone, message.getString("id"), message.getString("providerMessageId"));
    }

    private static String payloadOfButton(Sent s, int index) {
        return TestEnvironment.graphApi().requestsTo(s.phone()).get(0).json().getJsonObject("template")
                .getJsonArray("components").getJsonObject(1 + index).getJsonArray("parameters").getJsonObject(0)
                .getString("payload");
    }

    @Test
    void aTappedQuickReplyConfirmsTheGuestAndRecordsWhereItCameFrom() {
        Sent s = sentTemplate();
        String payload = payloadOfButton(s, 0);
        String inbound = "wamid.IN" + System.nanoTime();
        byte[] body = bytes(reply(s.phone(), inbound, T0, s.wamid(), payload, "Coming"));

        Api.Reply reply = postSigned(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.object().getInt("answersApplied")).isEqualTo(1);
        assertThat(s.guestStatus()).isEqualTo("confirmed");
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid AND source = 'whatsapp-reply'"
                + " AND from_status = 'invited' AND to_status = 'confirmed' AND delivery_id = ?::uuid"
                + " AND provider_message_id = ? AND evidence = ?", s.guestId(), s.deliveryId(), inbound,
                "button: " + payload)).isEqualTo(1);

        assertThat(postSigned(body).object().getInt("answersApplied")).as("replayed").isZero();
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", s.guestId()))
                .isEqualTo(1);
    }

    @Test
    void aHouseholdsYesConfirmsTheMembersWhoHadNotAnswered() {
        Sent s = sentTemplate();
        ok(s.fixture().editor.put(s.fixture().events("/guests/" + s.guestId() + "/household"),
                "{\"members\":[{\"name\":\"Maya\"},{\"name\":\"Ido\"}]}"));
        postSigned(bytes(reply(s.phone(), "wamid.IN-hh-" + System.nanoTime(), T0, s.wamid(), payloadOfButton(s, 0),
                "Coming")));
        JsonObject guest = ok(s.fixture().viewer.get(s.fixture().events("/guests/" + s.guestId())));
        assertThat(guest.getString("status")).isEqualTo("confirmed");
        assertThat(guest.getInt("attendingCount")).isEqualTo(2);
        assertThat(ok(s.fixture().viewer.get(s.fixture().events("/stats"))).getInt("confirmedHeadcount")).isEqualTo(2);
    }

    @Test
    void theNoButtonDeclinesAndAnOlderAnswerArrivingLateDoesNotUndoIt() {
        Sent s = sentTemplate();
        postSigned(bytes(reply(s.phone(), "wamid.IN-no-" + System.nanoTime(), T0 + 100, s.wamid(),
                payloadOfButton(s, 1), "No")));
        assertThat(s.guestStatus()).isEqualTo("declined");

        Api.Reply late = postSigned(bytes(reply(s.phone(), "wamid.IN-yes-" + System.nanoTime(), T0 + 50, s.wamid(),
                payloadOfButton(s, 0), "Yes")));
        assertThat(late.object().getInt("answersApplied")).isZero();
        assertThat(s.guestStatus()).isEqualTo("declined");
    }

    @Test
    void aClearWordInTextAnswersForTheGuestLastMessaged() {
        Sent s = sentText("Are you coming, {firstName}?");
        Api.Reply reply = postSigned(bytes(reply(s.phone(), "wamid.IN-he-" + System.nanoTime(), T0, null, null, "לא")));
        assertThat(reply.object().getInt("answersApplied")).as(reply.toString()).isEqualTo(1);
        assertThat(s.guestStatus()).isEqualTo("declined");

        postSigned(bytes(reply(s.phone(), "wamid.IN-vague-" + System.nanoTime(), T0 + 10, null, null, "maybe later")));
        assertThat(s.guestStatus()).isEqualTo("declined");

        postSigned(bytes(reply(s.phone(), "wamid.IN-fr-" + System.nanoTime(), T0 + 20, s.wamid(), null, "Oui !")));
        assertThat(s.guestStatus()).isEqualTo("confirmed");
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", s.guestId()))
                .isEqualTo(2);
    }

    @Test
    void aPayloadNamingAGuestFromSomeoneElsesNumberIsIgnored() {
        Sent s = sentTemplate();
        String stranger = uniquePhone();
        Api.Reply reply = postSigned(bytes(reply(stranger, "wamid.IN-x-" + System.nanoTime(), T0, null,
                payloadOfButton(s, 0), "Yes")));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getInt("answersApplied")).isZero();
        assertThat(s.guestStatus()).isEqualTo("invited");
    }

    @Test
    void aTextFromANumberUsherNeverMessagedChangesNoGuest() {
        Api.Reply reply = postSigned(bytes(reply(uniquePhone(), "wamid.IN-u-" + System.nanoTime(), T0, null, null, "yes")));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object().getInt("messagesReceived")).isEqualTo(1);
        assertThat(reply.object().getInt("answersApplied")).isZero();
    }

    @Test
    void theWebhookIsPublicInTheApiDocument() {
        JsonObject paths = Api.anonymous().get("/openapi?format=JSON").object().getJsonObject("paths");
        JsonObject webhook = paths.getJsonObject("/api/webhooks/whatsapp");
        for (String method : new String[] {"get", "post"}) {
            assertThat(webhook.getJsonObject(method).getJsonArray("security")).as(method).isEmpty();
        }
        assertThat(webhook.getJsonObject("post").getJsonObject("responses").keySet()).contains("200", "401")
                .doesNotContain("403");
        assertThat(paths.getJsonObject("/api/events/{eventId}/whatsapp").getJsonObject("post")
                .getString("operationId")).isEqualTo("sendWhatsApp");
        assertThat(paths.keySet()).contains("/api/events/{eventId}/messages", "/api/events/{eventId}/messages/totals",
                "/api/events/{eventId}/messages/{messageId}", "/api/events/{eventId}/guests/{guestId}/messages");
    }
}
