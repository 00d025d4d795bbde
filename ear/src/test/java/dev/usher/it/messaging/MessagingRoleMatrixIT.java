package dev.usher.it.messaging;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of WhatsApp messaging and the ledger, called by every kind of caller, each on
 * a fresh event (the style of RoleMatrixIT). Any member may send and read; Meta's webhooks are
 * public, so any caller, even one with a bad token, gets the same answer.
 */
class MessagingRoleMatrixIT extends ArquillianIT {

    enum Caller {
        ANONYMOUS, EXPIRED, FOREIGN_SIGNED, NON_MEMBER, VIEWER, EDITOR, ADMIN;

        Api api(Fixture f) {
            return switch (this) {
                case ANONYMOUS -> Api.anonymous();
                case EXPIRED -> Api.bearer(Tokens.expired(f.adminEmail));
                case FOREIGN_SIGNED -> Api.bearer(Tokens.foreignSigned(f.adminEmail));
                case NON_MEMBER -> f.outsider;
                case VIEWER -> f.viewer;
                case EDITOR -> f.editor;
                case ADMIN -> f.admin;
            };
        }
    }

    /** {@code url} may prepare what the call needs (a sent message) as the event's admin. */
    record Endpoint(String method, String path, Function<Fixture, String> url, Function<Fixture, byte[]> body,
                    Map<String, String> headers, Map<Caller, Integer> expected) {
    }

    private static Map<Caller, Integer> scoped(int viewer, int editor, int admin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.EXPIRED, 401);
        expected.put(Caller.FOREIGN_SIGNED, 401);
        expected.put(Caller.NON_MEMBER, 404);
        expected.put(Caller.VIEWER, viewer);
        expected.put(Caller.EDITOR, editor);
        expected.put(Caller.ADMIN, admin);
        return expected;
    }

    private static Map<Caller, Integer> everyone(int status) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, status);
        }
        return expected;
    }

    private static String sentMessage(Fixture f) {
        return WhatsAppCalls.sent(WhatsAppCalls.sendText(f.admin, f, f.guestId, "Hello")).getString("id");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("POST", "/api/events/{id}/whatsapp", f -> f.events("/whatsapp"),
                f -> json("{\"guestId\":\"" + f.guestId + "\",\"text\":\"Hi {firstName}\"}"), JSON,
                scoped(201, 201, 201)));
        all.add(new Endpoint("GET", "/api/events/{id}/messages", f -> f.events("/messages"), f -> null, Map.of(),
                scoped(200, 200, 200)));
        all.add(new Endpoint("GET", "/api/events/{id}/messages/totals", f -> f.events("/messages/totals"), f -> null,
                Map.of(), scoped(200, 200, 200)));
        all.add(new Endpoint("GET", "/api/events/{id}/messages/{messageId}",
                f -> f.events("/messages/" + sentMessage(f)), f -> null, Map.of(), scoped(200, 200, 200)));
        all.add(new Endpoint("GET", "/api/events/{id}/guests/{guestId}/messages",
                f -> f.events("/guests/" + f.guestId + "/messages"), f -> null, Map.of(), scoped(200, 200, 200)));
        all.add(new Endpoint("POST", "/api/events/{id}/whatsapp/broadcast", f -> f.events("/whatsapp/broadcast"),
                f -> json("{\"text\":\"Hi {firstName}\"}"), JSON, scoped(202, 202, 202)));
        // A message that went out is not in doubt: editors and admins get past the guard to a 409.
        all.add(new Endpoint("POST", "/api/events/{id}/messages/{messageId}/resend",
                f -> f.events("/messages/" + sentMessage(f) + "/resend"), f -> null, Map.of(), scoped(403, 409, 409)));
        all.add(new Endpoint("GET", "/api/webhooks/whatsapp",
                f -> WhatsAppCalls.WEBHOOK + "?hub.mode=subscribe&hub.verify_token="
                        + TestEnvironment.whatsappVerifyToken() + "&hub.challenge=42", f -> null, Map.of(),
                everyone(200)));
        byte[] callback = WhatsAppCalls.bytes(WhatsAppCalls.statuses(
                WhatsAppCalls.status("wamid.matrix", "delivered", 1_800_000_000L, "+972540000000")));
        all.add(new Endpoint("POST", "/api/webhooks/whatsapp (signed)", f -> WhatsAppCalls.WEBHOOK, f -> callback,
                Map.of("Content-Type", "application/json", "X-Hub-Signature-256",
                        WhatsAppCalls.sign(callback, TestEnvironment.whatsappAppSecret())), everyone(200)));
        all.add(new Endpoint("POST", "/api/webhooks/whatsapp (unsigned)", f -> WhatsAppCalls.WEBHOOK, f -> callback,
                JSON, everyone(401)));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyMessagingEndpointAnswersEveryCallerAsTheRulesSay() {
        return endpoints().stream().flatMap(endpoint -> endpoint.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + cell.getKey(),
                        () -> {
                            Fixture fixture = Fixture.create();
                            String url = endpoint.url().apply(fixture);
                            Api.Reply reply = cell.getKey().api(fixture).sendBytes(endpoint.method(), url,
                                    endpoint.body().apply(fixture), endpoint.headers());
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(cell.getValue());
                            if (reply.status() >= 400) {
                                assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                            }
                        })));
    }
}
