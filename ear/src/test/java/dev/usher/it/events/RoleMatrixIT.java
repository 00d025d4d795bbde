package dev.usher.it.events;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the foundation, called by every kind of caller, each on a fresh event:
 * the status is exactly what the role rules say, and every refusal is a problem document.
 */
public class RoleMatrixIT extends ArquillianIT {

    /** Every kind of caller of an event's endpoints (other areas' role matrices use them too). */
    public enum Caller {
        ANONYMOUS, EXPIRED, FOREIGN_SIGNED, NON_MEMBER, VIEWER, EDITOR, ADMIN;

        public Api api(Fixture f) {
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

    record Endpoint(String method, String path, Function<Fixture, String> url, String body,
                    Map<Caller, Integer> expected) {
    }

    private static final String GUEST = "{\"firstName\":\"Ari\",\"phone\":\"+972 52-555-0101\"}";

    private static final String QUESTION = "{\"label\":\"Meal\",\"kind\":\"choice\",\"options\":[\"Fish\",\"Meat\"]}";

    /** A question of the fixture's event, added by its admin. */
    private static String question(Fixture f) {
        return Fixture.created(f.admin.post(f.events("/questions"), QUESTION)).getString("id");
    }

    /** Expected statuses: signed-out callers 401; a stranger 404; then viewer, editor, admin. */
    public static Map<Caller, Integer> scoped(int viewer, int editor, int admin) {
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

    private static Map<Caller, Integer> anySignedIn(int status) {
        Map<Caller, Integer> expected = scoped(status, status, status);
        expected.put(Caller.NON_MEMBER, status);
        return expected;
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET", "/api/me", f -> "/api/me", null, anySignedIn(200)));
        all.add(new Endpoint("POST", "/api/events", f -> "/api/events", "{\"name\":\"Gala\"}", anySignedIn(201)));
        all.add(new Endpoint("GET", "/api/events", f -> "/api/events", null, anySignedIn(200)));
        all.add(new Endpoint("GET", "/api/events/{id}", f -> f.events(""), null, scoped(200, 200, 200)));
        all.add(new Endpoint("PATCH", "/api/events/{id}", f -> f.events(""), "{\"location\":\"Haifa\"}",
                scoped(403, 403, 200)));
        all.add(new Endpoint("DELETE", "/api/events/{id}", f -> f.events(""), null, scoped(403, 403, 204)));
        all.add(new Endpoint("GET", "/api/events/{id}/members", f -> f.events("/members"), null,
                scoped(200, 200, 200)));
        all.add(new Endpoint("POST", "/api/events/{id}/invite-member", f -> f.events("/invite-member"),
                "{\"email\":\"new-member@example.com\",\"role\":\"viewer\"}", scoped(403, 403, 201)));
        all.add(new Endpoint("PATCH", "/api/events/{id}/members/{userId}", f -> f.events("/members/" + f.viewerId),
                "{\"role\":\"editor\"}", scoped(403, 403, 200)));
        all.add(new Endpoint("DELETE", "/api/events/{id}/members/{userId}", f -> f.events("/members/" + f.viewerId),
                null, scoped(403, 403, 204)));
        all.add(new Endpoint("POST", "/api/events/{id}/guests", f -> f.events("/guests"), GUEST,
                scoped(403, 201, 201)));
        all.add(new Endpoint("GET", "/api/events/{id}/guests", f -> f.events("/guests"), null,
                scoped(200, 200, 200)));
        all.add(new Endpoint("GET", "/api/events/{id}/guests/{guestId}", f -> f.events("/guests/" + f.guestId), null,
                scoped(200, 200, 200)));
        all.add(new Endpoint("PATCH", "/api/events/{id}/guests/{guestId}", f -> f.events("/guests/" + f.guestId),
                "{\"status\":\"confirmed\"}", scoped(403, 200, 200)));
        all.add(new Endpoint("PUT", "/api/events/{id}/guests/{guestId}/door-note",
                f -> f.events("/guests/" + f.guestId + "/door-note"), "{\"doorNote\":\"Wheelchair\"}",
                scoped(403, 200, 200)));
        all.add(new Endpoint("DELETE", "/api/events/{id}/guests/{guestId}", f -> f.events("/guests/" + f.guestId),
                null, scoped(403, 403, 204)));
        all.add(new Endpoint("POST", "/api/events/{id}/guests/import", f -> f.events("/guests/import"),
                "[" + GUEST + "]", scoped(403, 200, 200)));
        all.add(new Endpoint("GET", "/api/events/{id}/stats", f -> f.events("/stats"), null, scoped(200, 200, 200)));
        all.add(new Endpoint("PUT", "/api/events/{id}/guests/{guestId}/household",
                f -> f.events("/guests/" + f.guestId + "/household"), "{\"members\":[{\"name\":\"Noa\"}]}",
                scoped(403, 200, 200)));
        all.add(new Endpoint("PUT", "/api/events/{id}/guests/{guestId}/household/reply",
                f -> f.events("/guests/" + f.guestId + "/household/reply"), "{\"attending\":\"yes\"}",
                scoped(403, 200, 200)));
        all.add(new Endpoint("GET", "/api/events/{id}/questions", f -> f.events("/questions"), null,
                scoped(200, 200, 200)));
        all.add(new Endpoint("POST", "/api/events/{id}/questions", f -> f.events("/questions"), QUESTION,
                scoped(403, 201, 201)));
        all.add(new Endpoint("GET", "/api/events/{id}/questions/{questionId}",
                f -> f.events("/questions/" + question(f)), null, scoped(200, 200, 200)));
        all.add(new Endpoint("PUT", "/api/events/{id}/questions/{questionId}",
                f -> f.events("/questions/" + question(f)), QUESTION, scoped(403, 200, 200)));
        all.add(new Endpoint("DELETE", "/api/events/{id}/questions/{questionId}",
                f -> f.events("/questions/" + question(f)), null, scoped(403, 204, 204)));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheRulesSay() {
        return endpoints().stream().flatMap(endpoint -> endpoint.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + cell.getKey(),
                        () -> {
                            Fixture fixture = Fixture.create();
                            Api.Reply reply = cell.getKey().api(fixture).send(endpoint.method(),
                                    endpoint.url().apply(fixture), endpoint.body(),
                                    endpoint.body() == null ? null : "PATCH".equals(endpoint.method())
                                            ? "application/merge-patch+json" : "application/json");
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(cell.getValue());
                            if (reply.status() >= 400) {
                                assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                            }
                        })));
    }
}
