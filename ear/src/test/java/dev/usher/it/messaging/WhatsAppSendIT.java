package dev.usher.it.messaging;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.GraphApiStub.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.WhatsAppCalls.guest;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sendText;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sent;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending to one guest through the real server, with the local Graph API stand-in recording
 * what arrived and answering as Meta does, errors included.
 */
class WhatsAppSendIT extends ArquillianIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    private static final String PATH = "/v20.0/" + TestEnvironment.WHATSAPP_PHONE_NUMBER_ID + "/messages";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void aViewerSendsATextThatIsRecordedAsSent() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Dana", phone);

        Api.Reply reply = sendText(f.viewer, f, guestId, "Hi {firstName}, see you at {eventName}!");

        JsonObject message = sent(reply);
        assertThat(message.getString("channel")).isEqualTo("whatsapp");
        assertThat(message.getString("kind")).isEqualTo("text");
        assertThat(message.getString("recipient")).isEqualTo(phone);
        assertThat(message.getString("guestId")).isEqualTo(guestId);
        assertThat(message.getString("createdBy")).isEqualTo(f.viewerId);
        assertThat(message.getInt("attempts")).isEqualTo(1);
        assertThat(message.getString("providerMessageId")).startsWith("wamid.");
        assertThat(message.getJsonObject("content").getString("text")).isEqualTo("Hi Dana, see you at Fixture event!");
        assertThat(reply.location()).endsWith(f.events("/messages/" + message.getString("id")));
        assertThat(ok(f.viewer.get(f.events("/messages/" + message.getString("id")))).getString("sentAt")).isNotNull();

        List<GraphApiStub.Request> requests = GRAPH.requestsTo(phone);
        assertThat(requests).hasSize(1);
        GraphApiStub.Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(PATH);
        assertThat(request.authorization()).isEqualTo("Bearer " + TestEnvironment.whatsappAccessToken());
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.json()).isEqualTo(json("{'messaging_product':'whatsapp','recipient_type':'individual',"
                + "'to':'" + phone.substring(1) + "','type':'text',"
                + "'text':{'preview_url':false,'body':'Hi Dana, see you at Fixture event!'}}"));
    }

    @Test
    void aTemplateCarriesItsParametersAndOneRsvpPayloadPerButton() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Omer", phone);

        JsonObject message = sent(f.editor.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\","
                + "\"template\":{\"name\":\"rsvp_invitation\",\"language\":\"he\","
                + "\"bodyParameters\":[\"{firstName}\",\"{eventName}\"],\"quickReplies\":[\"yes\",\"no\"]}}"));

        assertThat(message.getString("kind")).isEqualTo("template");
        String yes = "usher-rsvp:" + guestId + ":yes";
        String no = "usher-rsvp:" + guestId + ":no";
        assertThat(GRAPH.requestsTo(phone)).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo(PATH);
            assertThat(request.authorization()).isEqualTo("Bearer " + TestEnvironment.whatsappAccessToken());
            assertThat(request.json()).isEqualTo(json("{'messaging_product':'whatsapp','recipient_type':'individual',"
                    + "'to':'" + phone.substring(1) + "','type':'template','template':{'name':'rsvp_invitation',"
                    + "'language':{'code':'he'},'components':["
                    + "{'type':'body','parameters':[{'type':'text','text':'Omer'},{'type':'text','text':'Fixture event'}]},"
                    + "{'type':'button','sub_type':'quick_reply','index':'0','parameters':[{'type':'payload','payload':'" + yes + "'}]},"
                    + "{'type':'button','sub_type':'quick_reply','index':'1','parameters':[{'type':'payload','payload':'" + no + "'}]}"
                    + "]}}"));
        });
        assertThat(message.getJsonObject("content").getJsonArray("quickReplyPayloads").getString(0)).isEqualTo(yes);
    }

    @Test
    void aClosedTwentyFourHourWindowIsAConflictTriedOnceAndRecordedAsFailed() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Yael", phone);
        GRAPH.answer(phone, Reply.WINDOW_CLOSED);

        Api.Reply reply = sendText(f.admin, f, guestId, "Are you coming?");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.string("detail")).contains("24 hours").contains("template").contains("131047");
        JsonObject error = reply.object().getJsonObject("whatsappError");
        assertThat(error.getInt("code")).isEqualTo(131047);
        assertThat(error.getInt("subcode")).isEqualTo(2494010);
        assertThat(error.getString("fbtraceId")).isEqualTo("Trace131047");
        assertThat(error.getString("message")).contains("Re-engagement message");
        assertThat(GRAPH.requestsTo(phone)).hasSize(1);

        JsonObject record = ok(f.viewer.get(f.events("/messages/" + reply.string("deliveryId"))));
        assertThat(record.getString("state")).isEqualTo("failed");
        assertThat(record.getString("errorCode")).isEqualTo("131047");
        assertThat(record.getInt("attempts")).isEqualTo(1);
        assertThat(record.getString("failedAt")).isNotNull();
    }

    @Test
    void throttlingIsRetriedWithBackoffAndTheThirdAttemptGoesThrough() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Ari", phone);
        GRAPH.answer(phone, Reply.THROTTLED, Reply.TOO_MANY_REQUESTS.withRetryAfter("0"));

        JsonObject message = sent(sendText(f.viewer, f, guestId, "Hello"));

        assertThat(GRAPH.requestsTo(phone)).hasSize(3)
                .allSatisfy(r -> assertThat(r.json().getJsonObject("text").getString("body")).isEqualTo("Hello"));
        assertThat(message.getInt("attempts")).isEqualTo(3);
        assertThat(message.containsKey("errorCode")).isFalse();
    }

    @Test
    void theRecordIsCommittedAsSendingBeforeEachCallToMeta() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Early", phone);
        List<String> seenByMeta = new java.util.concurrent.CopyOnWriteArrayList<>();
        GRAPH.whenCalled(phone, () -> seenByMeta.add(Db.count(
                "SELECT count(*) FROM deliveries WHERE recipient = ? AND state = 'sending'", phone)
                + " sending, attempts " + Db.count("SELECT coalesce(max(attempts), 0) FROM deliveries WHERE recipient = ?",
                phone)));
        GRAPH.answer(phone, Reply.SERVER_ERROR, Reply.THROTTLED);

        sent(sendText(f.viewer, f, guestId, "Hello"));

        assertThat(seenByMeta).containsExactly("1 sending, attempts 1", "1 sending, attempts 2", "1 sending, attempts 3");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE recipient = ? AND state = 'sent'", phone)).isEqualTo(1);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIs503AfterExactlyTheAllowedAttempts() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Ben", phone);
        GRAPH.answer(phone, Reply.THROTTLED, Reply.THROTTLED, Reply.THROTTLED, Reply.THROTTLED);

        Api.Reply reply = sendText(f.viewer, f, guestId, "Hello");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.string("detail")).contains("throttling").contains("3 attempt");
        assertThat(reply.object().getInt("attempts")).isEqualTo(3);
        assertThat(GRAPH.requestsTo(phone)).hasSize(3);
        JsonObject record = ok(f.viewer.get(f.events("/messages/" + reply.string("deliveryId"))));
        assertThat(record.getString("state")).isEqualTo("failed");
        assertThat(record.getString("errorCode")).isEqualTo("130429");
        assertThat(record.getInt("attempts")).isEqualTo(3);
    }

    @Test
    void metaFailingIsRetriedThenABadGateway() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Gil", phone);
        GRAPH.answer(phone, Reply.SERVER_ERROR, Reply.SERVER_ERROR, Reply.SERVER_ERROR);

        Api.Reply reply = sendText(f.viewer, f, guestId, "Hello");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(502);
        assertThat(reply.object().getJsonObject("whatsappError").getInt("httpStatus")).isEqualTo(500);
        assertThat(GRAPH.requestsTo(phone)).hasSize(3);
        assertThat(ok(f.viewer.get(f.events("/messages/" + reply.string("deliveryId")))).getString("state"))
                .isEqualTo("failed");

        String second = uniquePhone();
        String secondGuest = guest(f, "Tal", second);
        GRAPH.answer(second, Reply.SERVER_ERROR);
        assertThat(sent(sendText(f.viewer, f, secondGuest, "Hello")).getInt("attempts")).isEqualTo(2);
        assertThat(GRAPH.requestsTo(second)).hasSize(2);
    }

    @Test
    void anExpiredTokenIsAServerSideProblemTriedOnceAndTheTokenIsNeverShown() throws IOException {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Lior", phone);
        GRAPH.answer(phone, Reply.TOKEN_EXPIRED);

        Api.Reply reply = sendText(f.viewer, f, guestId, "Hello");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.string("detail")).contains("access token").contains("WHATSAPP_ACCESS_TOKEN");
        assertThat(reply.object().getJsonObject("whatsappError").getInt("code")).isEqualTo(190);
        assertThat(GRAPH.requestsTo(phone)).hasSize(1);
        String token = TestEnvironment.whatsappAccessToken();
        assertThat(reply.body()).doesNotContain(token);
        assertThat(ok(f.viewer.get(f.events("/messages/" + reply.string("deliveryId")))).toString()).doesNotContain(token);
        Path logs = Path.of(System.getProperty("usher.it.serverDir"), "logs");
        for (String log : new String[] {"messages.log", "http_access.log"}) {
            Path file = logs.resolve(log);
            if (Files.exists(file)) {
                assertThat(Files.readString(file)).as(log).doesNotContain(token);
            }
        }
    }

    @Test
    void aTemplateMetaDoesNotKnowIsTheCallersToFix() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Roni", phone);
        GRAPH.answer(phone, Reply.TEMPLATE_MISSING);

        Api.Reply reply = f.viewer.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\","
                + "\"template\":{\"name\":\"rsvp_missing\",\"language\":\"he\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.string("type")).isEqualTo("urn:usher:problem:refused-by-provider");
        assertThat(reply.string("detail")).contains("does not exist").contains("132001");
        assertThat(GRAPH.requestsTo(phone)).hasSize(1);
    }

    @Test
    void aGuestWithoutAPhoneIs422AndNothingIsSentOrRecorded() {
        Fixture f = Fixture.create();
        String guestId = guest(f, "Nophone", null);

        Api.Reply reply = sendText(f.viewer, f, guestId, "Hello");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("guestId");
        assertThat(reply.string("detail")).contains("no phone number");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", guestId)).isZero();
    }

    @Test
    void aStoredNumberLibphonenumberRefusesIs422NotAGraphApiError() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Stale", phone);
        // Written around the guest rules, as an old import might have: +999 is no country code.
        assertThat(Db.count("WITH u AS (UPDATE guests SET phone = '+9991234567' WHERE id = ?::uuid RETURNING 1)"
                + " SELECT count(*) FROM u", guestId)).isEqualTo(1);

        Api.Reply reply = sendText(f.viewer, f, guestId, "Hello");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.string("detail")).contains("unknown country code");
        assertThat(GRAPH.requestsTo("+9991234567")).isEmpty();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", guestId)).isZero();
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsSent() {
        Fixture f = Fixture.create();
        String phone = uniquePhone();
        String guestId = guest(f, "Careful", phone);

        Api.Reply both = f.viewer.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\",\"text\":\"Hi\","
                + "\"template\":{\"name\":\"rsvp\",\"language\":\"he\"}}");
        assertThat(both.status()).as(both.toString()).isEqualTo(422);

        Api.Reply neither = f.viewer.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\"}");
        assertThat(neither.status()).isEqualTo(422);

        Api.Reply placeholder = sendText(f.viewer, f, guestId, "Your seat: {seat}");
        assertThat(placeholder.status()).isEqualTo(422);
        assertThat(placeholder.string("detail")).contains("{seat}");

        Api.Reply badTemplate = f.viewer.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\","
                + "\"template\":{\"name\":\"RSVP Invitation\",\"language\":\"hebrew\",\"quickReplies\":[\"maybe\"]}}");
        assertThat(badTemplate.status()).isEqualTo(422);
        assertThat(badTemplate.body()).contains("template.quickReplies[0]");

        Api.Reply badNames = f.viewer.post(f.events("/whatsapp"), "{\"guestId\":\"" + guestId + "\","
                + "\"template\":{\"name\":\"RSVP Invitation\",\"language\":\"hebrew\"}}");
        assertThat(badNames.status()).isEqualTo(422);
        assertThat(badNames.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("template.name", "template.language");

        Api.Reply noGuest = f.viewer.post(f.events("/whatsapp"), "{\"text\":\"Hi\"}");
        assertThat(noGuest.status()).isEqualTo(422);

        Fixture other = Fixture.create();
        assertThat(sendText(f.viewer, f, other.guestId, "Hi").status()).isEqualTo(404);

        assertThat(GRAPH.requestsTo(phone)).isEmpty();
        // Nothing to a guest (the fixture's members were e-mailed that they were added).
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE event_id = ?::uuid AND kind <> 'member-invitation'",
                f.eventId)).isZero();
    }
}
