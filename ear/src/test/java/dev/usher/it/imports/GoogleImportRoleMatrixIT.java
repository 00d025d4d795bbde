package dev.usher.it.imports;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.EventCaller;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.GoogleFlow;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.GoogleStandIn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may import Google contacts into an event: editors and admins (202); a viewer 403, a stranger 404,
 * nobody signed in 401, each caller connected to a Google account of their own, and a refused caller's
 * contacts never read at Google. The user-level endpoints (the caller's own connection and contacts)
 * need a sign-in and nothing more; the callback needs none.
 */
class GoogleImportRoleMatrixIT extends ArquillianIT {

    private static int expected(EventCaller caller) {
        return switch (caller) {
            case ANONYMOUS -> 401;
            case OUTSIDER -> 404;
            case VIEWER -> 403;
            case EDITOR, ADMIN -> 202;
        };
    }

    @TestFactory
    Stream<DynamicTest> importingIntoAnEventForEveryCaller() {
        return Stream.of(EventCaller.values()).map(caller -> DynamicTest.dynamicTest("import-google as " + caller, () -> {
            Fixture f = Fixture.create();
            Api api = caller.api(f);
            GoogleStandIn.Account account = GoogleFlow.account()
                    .contact("people/c1", "Dana", "Levi", "dana-" + caller + "@example.com", null);
            if (caller != EventCaller.ANONYMOUS) {
                GoogleFlow.connect(api, account);
            }
            Api.Reply reply = api.post(f.events("/guests/import-google"), "{\"contacts\":[\"people/c1\"]}");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(expected(caller));
            if (expected(caller) >= 400) {
                assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                assertThat(account.requests).as("no contact read at Google").isEmpty();
                assertThat(Db.count("SELECT count(*) FROM job_runs WHERE event_id = ?::uuid", f.eventId)).isZero();
            }
        }));
    }

    @Test
    void theCallersOwnEndpointsNeedASignIn() {
        for (String path : new String[] {"/api/google/connection", "/api/google/contacts", "/api/google/contact-groups"}) {
            Api.Reply reply = Api.anonymous().get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.isProblem()).isTrue();
        }
        assertThat(Api.anonymous().post("/api/google/connection", "{}").status()).isEqualTo(401);
        assertThat(Api.anonymous().delete("/api/google/connection").status()).isEqualTo(401);
        // The callback is public, and a state it does not know stores nothing.
        Api.Reply callback = Api.anonymous().get("/api/public/google/callback?state=unknown&code=x");
        assertThat(callback.status()).isEqualTo(303);
        assertThat(callback.location()).endsWith("/?google=failed#/");
    }
}
