package dev.usher.it.rsvp;

import dev.usher.it.events.RoleMatrixIT.Caller;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.usher.it.events.RoleMatrixIT.scoped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every RSVP endpoint, called by every kind of caller, each cell on a fresh event whose guest has a
 * live link: organizers' link operations are for editors and admins (the link is the guest's
 * credential, so not for viewers); the public page answers anyone who holds the link, signed in or not.
 * The callers and the event-scoped expectations are the foundation's ({@link RoleMatrixIT}).
 */
class RsvpRoleMatrixIT extends ArquillianIT {

    /** A fixture whose guest has a live link, and that link's token. */
    record Scene(Fixture f, String token) {
        static Scene create() {
            Fixture f = Fixture.create();
            return new Scene(f, RsvpLinks.token(RsvpLinks.link(f.admin, f, f.guestId)));
        }

        String link(String rest) {
            return f.events("/guests/" + f.guestId + "/rsvp-link" + rest);
        }
    }

    record Endpoint(String method, String path, Function<Scene, String> url, String body, Map<Caller, Integer> expected) {
    }

    private static Map<Caller, Integer> anyone(int status) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, status);
        }
        return expected;
    }

    private static List<Endpoint> endpoints() {
        String link = "/api/events/{id}/guests/{guestId}/rsvp-link";
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("POST", link, s -> s.link(""), null, scoped(403, 200, 200)));
        all.add(new Endpoint("POST", link + "/rotation", s -> s.link("/rotation"), null, scoped(403, 200, 200)));
        all.add(new Endpoint("DELETE", link, s -> s.link(""), null, scoped(403, 204, 204)));
        all.add(new Endpoint("GET", link + "/qr.png", s -> s.link("/qr.png"), null, scoped(403, 200, 200)));
        all.add(new Endpoint("GET", "/api/public/rsvp/{token}", s -> RsvpLinks.page(s.token()), null, anyone(200)));
        all.add(new Endpoint("PUT", "/api/public/rsvp/{token}", s -> RsvpLinks.page(s.token()), "{\"attending\":\"yes\"}",
                anyone(200)));
        all.add(new Endpoint("GET", "/api/public/rsvp-texts/{language}", s -> "/api/public/rsvp-texts/he", null,
                anyone(200)));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheRulesSay() {
        return endpoints().stream().flatMap(endpoint -> endpoint.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + cell.getKey(),
                        () -> {
                            Scene scene = Scene.create();
                            ThreadLocalRandom r = ThreadLocalRandom.current();
                            Api.Reply reply = cell.getKey().api(scene.f())
                                    .from("198.19." + r.nextInt(256) + "." + r.nextInt(1, 255))
                                    .send(endpoint.method(), endpoint.url().apply(scene), endpoint.body(),
                                            endpoint.body() == null ? null : "application/json");
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(cell.getValue());
                            if (reply.status() >= 400) {
                                assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                            }
                        })));
    }
}
