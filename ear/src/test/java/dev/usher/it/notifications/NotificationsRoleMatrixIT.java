package dev.usher.it.notifications;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.EventCaller;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint added for the activity feed and digests, called by every kind of caller, each cell on
 * a fresh event: no token 401, not a member 404, every member (viewers too) its success, every refusal
 * a problem document. The digest endpoints act on the caller's own choice only (see DigestIT).
 */
class NotificationsRoleMatrixIT extends ArquillianIT {

    private record Endpoint(String name, BiFunction<Fixture, Api, Api.Reply> call) {
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET activity", (f, a) -> a.get(f.events("/activity"))));
        all.add(new Endpoint("GET activity?after", (f, a) -> {
            f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}");
            String newest = f.admin.get(f.events("/activity")).object().getString("newest");
            return a.get(f.events("/activity?after=" + newest));
        }));
        all.add(new Endpoint("GET digest", (f, a) -> a.get(f.events("/digest"))));
        all.add(new Endpoint("PUT digest", (f, a) -> a.put(f.events("/digest"), "{\"mode\":\"daily\"}")));
        return all;
    }

    private static int expected(EventCaller caller) {
        return switch (caller) {
            case ANONYMOUS -> 401;
            case OUTSIDER -> 404;
            default -> 200;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (EventCaller caller : EventCaller.values()) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> {
                    Fixture f = Fixture.create();
                    Api.Reply reply = endpoint.call().apply(f, caller.api(f));
                    int status = expected(caller);
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                    if (status >= 400) {
                        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                    }
                }));
            }
        }
        return cells.stream();
    }
}
