package dev.usher.it.privacy;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Every privacy endpoint by every kind of caller: erasure is an event admin's, export a super-admin's. */
class PrivacyRoleMatrixIT extends ArquillianIT {

    private static Api caller(Fixture f, String who) {
        return switch (who) {
            case "anonymous" -> Api.anonymous();
            case "outsider" -> f.outsider;
            case "viewer" -> f.viewer;
            case "editor" -> f.editor;
            case "admin" -> f.admin;
            case "other-admin" -> Fixture.create().admin;
            case "super-admin" -> Api.newUser("super-admin");
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
        "POST | erasure | anonymous   | 401", "POST | erasure | outsider    | 404", "POST | erasure | viewer      | 403",
        "POST | erasure | editor      | 403", "POST | erasure | admin       | 200", "POST | erasure | other-admin | 404",
        "POST | erasure | super-admin | 404",
        "GET  | export  | anonymous   | 401", "GET  | export  | outsider    | 403", "GET  | export  | viewer      | 403",
        "GET  | export  | editor      | 403", "GET  | export  | admin       | 403", "GET  | export  | other-admin | 403",
        "GET  | export  | super-admin | 200",
    })
    void everyCallerIsAnsweredAsTheRulesSay(String method, String endpoint, String who, int expected) {
        Fixture f = Fixture.create();
        String path = endpoint.equals("erasure") ? f.events("/guests/" + f.guestId + "/erasure")
                : "/api/admin/personal-data?email=" + f.adminEmail.replace("@", "%40");
        Api.Reply reply = caller(f, who).from("192.0.2." + ThreadLocalRandom.current().nextInt(1, 255))
                .send(method, path, null, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        }
    }
}
