package dev.usher.it.audit;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.EventCaller;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit endpoint by every kind of caller: no token 401, not a member 404, viewers and editors 403
 * (the trail names every member's every change: an admin's view), admins and super-admins (members of
 * the event or not) 200 with the trail, every refusal a problem document.
 */
class AuditRoleMatrixIT extends ArquillianIT {

    private enum Caller { ANONYMOUS, OUTSIDER, VIEWER, EDITOR, ADMIN, SUPER_ADMIN }

    private record Endpoint(String name, String contentType, BiFunction<Fixture, Api, Api.Reply> call) {
    }

    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET audit", "application/json", (f, a) -> a.get(f.events("/audit?subjectType=member"))),
                new Endpoint("GET audit.csv", "text/csv", (f, a) -> a.get(f.events("/audit.csv?subjectType=member"))),
                new Endpoint("GET audit as text/csv", "text/csv", (f, a) -> a.sendBytes("GET",
                        f.events("/audit?subjectType=member"), null, Map.of("Accept", "text/csv"))));
    }

    private static Api api(Caller caller, Fixture f) {
        return switch (caller) {
            case SUPER_ADMIN -> Api.newUser("super-admin");
            default -> EventCaller.valueOf(caller.name()).api(f);
        };
    }

    private static int expected(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> 401;
            case OUTSIDER -> 404;
            case VIEWER, EDITOR -> 403;
            case ADMIN, SUPER_ADMIN -> 200;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        Fixture f = Fixture.create(); // reads only: one event serves every cell
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> {
                    Api.Reply reply = endpoint.call().apply(f, api(caller, f));
                    int status = expected(caller);
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                    if (status >= 400) {
                        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                        assertThat(reply.body()).doesNotContain(f.editorEmail);
                    } else {
                        assertThat(reply.contentType()).startsWith(endpoint.contentType());
                        assertThat(reply.body()).contains("member.added").contains(f.viewerEmail);
                    }
                }));
            }
        }
        return cells.stream();
    }
}
