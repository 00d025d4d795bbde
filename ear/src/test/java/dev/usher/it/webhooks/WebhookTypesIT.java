package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.EventCaller;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/webhook-types}, the console's checkboxes: the server's known types for any signed-in
 * caller (names only, nothing of an event), 401 without a token. The role matrix of this endpoint.
 */
class WebhookTypesIT extends ArquillianIT {

    @ParameterizedTest
    @EnumSource(EventCaller.class)
    void everySignedInCallerReadsTheKnownTypes(EventCaller caller) {
        Api.Reply reply = caller.api(Fixture.create()).get("/api/webhook-types");
        if (caller == EventCaller.ANONYMOUS) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            return;
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.array().getValuesAs(JsonString::getString))
                .contains("guest.rsvp_changed", "checkin.admitted").doesNotHaveDuplicates();
    }
}
