package dev.usher.it.checkin;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.usher.it.support.fixtures.Fixture.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of check-in lists and arrivals, called by every kind of caller, each cell on a
 * fresh event: members read, editors and admins manage, nobody else learns the event exists.
 */
class CheckInListRoleMatrixIT extends ArquillianIT {

    enum Caller {
        ANONYMOUS, USER, SCANNER, VIEWER, EDITOR, ADMIN, OTHER_EVENT_ADMIN
    }

    /** A fresh event with one list besides its default one, and an admin of another event. */
    static final class Scene {
        final Fixture event = Fixture.create();
        final Api otherAdmin = Api.newUser();
        final String listId;

        Scene() {
            created(otherAdmin.post("/api/events", "{\"name\":\"Other event\"}"));
            listId = created(event.editor.post(event.events("/check-in-lists"), "{\"name\":\"Ceremony\"}"))
                    .getString("id");
        }

        Api api(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> Api.anonymous();
                case USER -> event.outsider;
                case SCANNER -> Api.newUser("scanner");
                case VIEWER -> event.viewer;
                case EDITOR -> event.editor;
                case ADMIN -> event.admin;
                case OTHER_EVENT_ADMIN -> otherAdmin;
            };
        }
    }

    record Endpoint(String method, String path, Function<Scene, String> url, String body,
                    Map<Caller, Integer> expected) {
    }

    private static Map<Caller, Integer> statuses(int viewer, int editor, int admin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.USER, 404);
        expected.put(Caller.SCANNER, 404);
        expected.put(Caller.VIEWER, viewer);
        expected.put(Caller.EDITOR, editor);
        expected.put(Caller.ADMIN, admin);
        expected.put(Caller.OTHER_EVENT_ADMIN, 404);
        return expected;
    }

    private static List<Endpoint> endpoints() {
        String lists = "/api/events/{id}/check-in-lists";
        return List.of(
                new Endpoint("GET", lists, s -> s.event.events("/check-in-lists"), null, statuses(200, 200, 200)),
                new Endpoint("POST", lists, s -> s.event.events("/check-in-lists"), "{\"name\":\"Reception\"}",
                        statuses(403, 201, 201)),
                new Endpoint("PUT", lists + "/{listId}", s -> s.event.events("/check-in-lists/" + s.listId),
                        "{\"name\":\"Chuppah\",\"exits\":true}", statuses(403, 200, 200)),
                new Endpoint("DELETE", lists + "/{listId}", s -> s.event.events("/check-in-lists/" + s.listId), null,
                        statuses(403, 204, 204)),
                new Endpoint("GET", "/api/events/{id}/arrivals", s -> s.event.events("/arrivals"), null,
                        statuses(200, 200, 200)),
                new Endpoint("GET", "/api/events/{id}/arrivals/guests", s -> s.event.events("/arrivals/guests?guestIds="
                        + s.event.guestId), null, statuses(200, 200, 200)));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheRulesSay() {
        return endpoints().stream().flatMap(endpoint -> endpoint.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + cell.getKey(),
                        () -> {
                            Scene scene = new Scene();
                            ThreadLocalRandom r = ThreadLocalRandom.current();
                            Api.Reply reply = scene.api(cell.getKey())
                                    .from("192.0.2." + r.nextInt(1, 255))
                                    .send(endpoint.method(), endpoint.url().apply(scene), endpoint.body(),
                                            endpoint.body() == null ? null : "application/json");
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(cell.getValue());
                            if (reply.status() >= 400) {
                                assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                            }
                        })));
    }
}
