package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test servers run with {@code USHER_SECRETS_KEY}: a subscription's secret is stored sealed, never
 * as shown, and its deliveries are still signed with the secret shown; a secret stored in clear (a
 * subscription from before the key) still signs.
 */
class WebhookSecretsIT extends ArquillianIT {

    @Test
    void theSecretIsStoredSealedAndSignsAndOneStoredInClearBeforeTheKeySignsToo() throws Exception {
        Fixture f = Fixture.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonObject created = created(f.admin.post(f.events("/webhooks"),
                    "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"guest.rsvp_changed\"]}"));
            String secret = created.getString("secret");
            receiver.secret(secret);
            String id = created.getString("id");
            assertThat(Db.count("SELECT count(*) FROM webhook_subscriptions WHERE id = ?::uuid"
                    + " AND secret LIKE 'enc1:%' AND strpos(secret, ?) = 0", id, secret.substring("whsec_".length())))
                    .isEqualTo(1);

            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            List<WebhookReceiver.Received> got = receiver.await(1);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).verified()).as(got.get(0).signature()).isTrue();

            assertThat(Db.update("UPDATE webhook_subscriptions SET secret = ? WHERE id = ?::uuid", secret, id))
                    .isEqualTo(1);
            ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));
            got = receiver.await(2);
            assertThat(got).hasSize(2);
            assertThat(got.get(1).verified()).as(got.get(1).signature()).isTrue();
            assertThat(got.get(1).json().getJsonObject("data").getString("to")).isEqualTo("declined");
        }
    }
}
