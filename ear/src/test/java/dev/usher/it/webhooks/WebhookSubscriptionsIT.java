package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managing an event's subscriptions: the secret is shown once, bad input is a 422 naming each bad
 * field, and nothing of another event's subscriptions is reachable through this one's paths.
 */
class WebhookSubscriptionsIT extends ArquillianIT {

    private static final String TYPES = "\"eventTypes\":[\"guest.rsvp_changed\"]";

    @Test
    void theSecretIsShownOnlyInTheCreationAnswerAndEachSubscriptionHasItsOwn() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.admin.post(f.events("/webhooks"), "{\"url\":\"https://hooks.example/a\"," + TYPES + "}");
        JsonObject first = created(reply);
        assertThat(reply.location()).endsWith("/webhooks/" + first.getString("id"));
        assertThat(first.getString("secret")).startsWith("whsec_").hasSize("whsec_".length() + 43);
        assertThat(first.getBoolean("active")).isTrue();
        assertThat(first.getJsonArray("eventTypes").getString(0)).isEqualTo("guest.rsvp_changed");
        JsonObject second = created(f.admin.post(f.events("/webhooks"),
                "{\"url\":\"https://hooks.example/b\"," + TYPES + ",\"active\":false}"));
        assertThat(second.getString("secret")).isNotEqualTo(first.getString("secret"));
        assertThat(second.getBoolean("active")).isFalse();

        Api.Reply list = f.admin.get(f.events("/webhooks"));
        assertThat(list.array()).hasSize(2);
        assertThat(list.body()).doesNotContain(first.getString("secret")).doesNotContain("secret");
        assertThat(ok(f.admin.get(f.events("/webhooks/" + first.getString("id")))).containsKey("secret")).isFalse();

        assertThat(f.admin.delete(f.events("/webhooks/" + first.getString("id"))).status()).isEqualTo(204);
        assertThat(f.admin.get(f.events("/webhooks/" + first.getString("id"))).status()).isEqualTo(404);
        assertThat(f.admin.get(f.events("/webhooks")).array()).hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Fixture f = Fixture.create();
        assertRefused(f, "{\"url\":\"http://hooks.example/a\"," + TYPES + "}", "url");
        assertRefused(f, "{\"url\":\"ftp://hooks.example/a\"," + TYPES + "}", "url");
        assertRefused(f, "{\"url\":\"not a url\"," + TYPES + "}", "url");
        assertRefused(f, "{\"url\":\"/relative\"," + TYPES + "}", "url");
        assertRefused(f, "{\"url\":\"https://user:pw@hooks.example/a\"," + TYPES + "}", "url");
        assertRefused(f, "{\"url\":\"https://hooks.example/" + "a".repeat(2000) + "\"," + TYPES + "}", "url");
        assertRefused(f, "{" + TYPES + "}", "url");
        assertRefused(f, "{\"url\":\"https://hooks.example/a\"}", "eventTypes");
        assertRefused(f, "{\"url\":\"https://hooks.example/a\",\"eventTypes\":[]}", "eventTypes");
        assertRefused(f, "{\"url\":\"https://hooks.example/a\",\"eventTypes\":[\"guest.rsvp_changed\",\"nope\"]}",
                "eventTypes[1]");
        Api.Reply both = f.admin.post(f.events("/webhooks"), "{\"url\":\"http://hooks.example/a\","
                + "\"eventTypes\":[\"nope\"]}");
        assertThat(both.status()).as(both.toString()).isEqualTo(422);
        assertThat(fields(both)).containsExactlyInAnyOrder("url", "eventTypes[0]");
        assertThat(f.admin.get(f.events("/webhooks")).array()).isEmpty();
    }

    @Test
    void anotherEventsSubscriptionAndDeliveriesAreNotReachableThroughThisEvent() {
        Fixture mine = Fixture.create();
        Fixture theirs = Fixture.create();
        String their = created(theirs.admin.post(theirs.events("/webhooks"),
                "{\"url\":\"https://127.0.0.1:1/t\"," + TYPES + "}")).getString("id");
        String own = created(mine.admin.post(mine.events("/webhooks"),
                "{\"url\":\"https://hooks.example/m\"," + TYPES + "}")).getString("id");
        ok(theirs.admin.patch(theirs.events("/guests/" + theirs.guestId), "{\"status\":\"confirmed\"}"));
        String theirDelivery = theirs.admin.get(theirs.events("/webhooks/" + their + "/deliveries")).array()
                .getJsonObject(0).getString("id");

        for (Api.Reply reply : List.of(
                mine.admin.get(mine.events("/webhooks/" + their)),
                mine.admin.get(mine.events("/webhooks/" + their + "/deliveries")),
                mine.admin.delete(mine.events("/webhooks/" + their)),
                mine.admin.post(mine.events("/webhooks/" + their + "/deliveries/" + theirDelivery + "/redeliver"), ""),
                mine.admin.post(mine.events("/webhooks/" + own + "/deliveries/" + theirDelivery + "/redeliver"), ""))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.isProblem()).isTrue();
        }
        assertThat(mine.admin.get(mine.events("/webhooks")).array()).hasSize(1);
        assertThat(theirs.admin.get(theirs.events("/webhooks/" + their)).status()).isEqualTo(200);
    }

    private static void assertRefused(Fixture f, String body, String field) {
        Api.Reply reply = f.admin.post(f.events("/webhooks"), body);
        assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(fields(reply)).as(reply.toString()).contains(field);
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
