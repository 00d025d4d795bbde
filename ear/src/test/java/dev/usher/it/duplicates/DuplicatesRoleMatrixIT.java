package dev.usher.it.duplicates;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.ThreadLocalRandom;

import static dev.usher.it.support.fixtures.Fixture.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Every duplicate-manager endpoint by every kind of caller: editors and admins of the event, no one else. */
class DuplicatesRoleMatrixIT extends ArquillianIT {

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
        "GET  | find    | anonymous | 401", "GET  | find    | outsider | 404", "GET  | find    | viewer | 403",
        "GET  | find    | editor    | 200", "GET  | find    | admin    | 200", "GET  | find    | other-admin | 404",
        "GET  | find    | super-admin | 404",
        "POST | merge   | anonymous | 401", "POST | merge   | outsider | 404", "POST | merge   | viewer | 403",
        "POST | merge   | editor    | 201", "POST | merge   | admin    | 201", "POST | merge   | other-admin | 404",
        "GET  | merges  | anonymous | 401", "GET  | merges  | outsider | 404", "GET  | merges  | viewer | 403",
        "GET  | merges  | editor    | 200", "GET  | merges  | admin    | 200",
        "GET  | one     | anonymous | 401", "GET  | one     | outsider | 404", "GET  | one     | viewer | 403",
        "GET  | one     | editor    | 200", "GET  | one     | admin    | 200", "GET  | one     | other-admin | 404",
        "POST | undo    | anonymous | 401", "POST | undo    | outsider | 404", "POST | undo    | viewer | 403",
        "POST | undo    | editor    | 200", "POST | undo    | admin    | 200", "POST | undo    | other-admin | 404",
        "POST | dismiss | anonymous | 401", "POST | dismiss | outsider | 404", "POST | dismiss | viewer | 403",
        "POST | dismiss | editor    | 200", "POST | dismiss | admin    | 200", "POST | dismiss | other-admin | 404",
    })
    void everyCallerIsAnsweredAsTheRulesSay(String method, String endpoint, String who, int expected) {
        Fixture f = Fixture.create();
        String second = created(f.admin.post(f.events("/guests?allowDuplicate=true"),
                "{\"firstName\":\"Noa\",\"lastName\":\"Levy\",\"side\":\"bride\"}")).getString("id");
        String ids = "[\"" + f.guestId + "\",\"" + second + "\"]";
        String mergeBody = "{\"keep\":\"" + f.guestId + "\",\"merge\":[\"" + second + "\"]}";
        String path;
        String body = null;
        switch (endpoint) {
            case "find" -> path = f.events("/duplicates");
            case "merges" -> path = f.events("/duplicates/merges");
            case "merge" -> {
                path = f.events("/duplicates/merges");
                body = mergeBody;
            }
            case "one" -> path = f.events("/duplicates/merges/"
                    + created(f.admin.post(f.events("/duplicates/merges"), mergeBody)).getString("id"));
            case "undo" -> path = f.events("/duplicates/merges/"
                    + created(f.admin.post(f.events("/duplicates/merges"), mergeBody)).getString("id") + "/undo");
            case "dismiss" -> {
                path = f.events("/duplicates/dismissals");
                body = "{\"guestIds\":" + ids + "}";
            }
            default -> throw new IllegalArgumentException(endpoint);
        }
        Api.Reply reply = caller(f, who).from("192.0.2." + ThreadLocalRandom.current().nextInt(1, 255))
                .send(method, path, body, body == null ? null : "application/json");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        }
    }
}
