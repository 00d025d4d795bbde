package dev.usher.it.deliveries;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.WhatsAppCalls.guest;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sendText;
import static dev.usher.it.support.fixtures.WhatsAppCalls.sent;
import static dev.usher.it.support.fixtures.WhatsAppCalls.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's read side: an event's messages on every channel with filters and paging, a
 * guest's history (its own JAX-RS root beside GuestsResource's), and totals by state per
 * broadcast. E-mail and broadcast rows are written with SQL, as the invitation and broadcast
 * jobs will write them through the same ledger.
 */
class MessagesIT extends ArquillianIT {

    /** A ledger row as another sender would leave it. */
    private static void record(Fixture f, String guestId, String channel, String state, UUID broadcast,
                               String recipient) {
        Db.update("INSERT INTO deliveries (id, channel, event_id, guest_id, broadcast_id, recipient, kind, content, state,"
                        + " attempts, queued_at, updated_at) VALUES (?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?, ?,"
                        + " '{}'::jsonb, ?, 1, now(), now())",
                UUID.randomUUID().toString(), channel, f.eventId, guestId, broadcast == null ? null : broadcast.toString(),
                recipient, "email".equals(channel) ? "invitation" : "text", state);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList();
    }

    @Test
    void anEventsMessagesFilterAndPageWithATotalNewestFirst() {
        Fixture f = Fixture.create();
        String dana = guest(f, "Dana", uniquePhone());
        String omer = guest(f, "Omer", uniquePhone());
        String first = sent(sendText(f.viewer, f, dana, "one")).getString("id");
        String second = sent(sendText(f.viewer, f, omer, "two")).getString("id");
        String third = sent(sendText(f.editor, f, dana, "three")).getString("id");
        record(f, dana, "email", "opened", null, "dana@example.com");
        // A digest to a member is in the ledger, not in the guests' message history.
        Db.update("INSERT INTO deliveries (id, channel, event_id, recipient, kind, content, state, attempts, queued_at,"
                + " updated_at) VALUES (?::uuid, 'email', ?::uuid, ?, 'rsvp-digest', '{}'::jsonb, 'sent', 1, now(), now())",
                UUID.randomUUID().toString(), f.eventId, f.editorEmail);

        JsonObject all = ok(f.viewer.get(f.events("/messages")));
        assertThat(all.getInt("total")).isEqualTo(4);
        assertThat(ok(f.viewer.get(f.events("/messages/totals"))).getInt("total")).isEqualTo(4);

        JsonObject whatsapp = ok(f.viewer.get(f.events("/messages?channel=whatsapp")));
        assertThat(ids(whatsapp)).containsExactly(third, second, first);

        JsonObject email = ok(f.viewer.get(f.events("/messages?channel=email&state=opened")));
        assertThat(email.getInt("total")).isEqualTo(1);
        assertThat(email.getJsonArray("items").getJsonObject(0).getString("kind")).isEqualTo("invitation");

        assertThat(ids(ok(f.viewer.get(f.events("/messages?channel=whatsapp&guest=" + dana))))).containsExactly(third, first);
        assertThat(ok(f.viewer.get(f.events("/messages?state=failed"))).getInt("total")).isZero();

        JsonObject page = ok(f.viewer.get(f.events("/messages?channel=whatsapp&sort=queuedAt&skip=1&limit=1")));
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(ids(page)).containsExactly(second);

        Fixture other = Fixture.create();
        assertThat(ok(other.viewer.get(other.events("/messages"))).getInt("total")).isZero();
        assertThat(other.viewer.get(other.events("/messages/" + first)).status()).isEqualTo(404);
    }

    @Test
    void aGuestsHistoryHasItsOwnRouteAndTheGuestRoutesStillWork() {
        Fixture f = Fixture.create();
        String dana = guest(f, "Dana", uniquePhone());
        String omer = guest(f, "Omer", uniquePhone());
        String toDana = sent(sendText(f.viewer, f, dana, "for Dana")).getString("id");
        sent(sendText(f.viewer, f, omer, "for Omer"));
        record(f, dana, "email", "sent", null, "dana@example.com");

        JsonObject history = ok(f.viewer.get(f.events("/guests/" + dana + "/messages")));
        assertThat(history.getInt("total")).isEqualTo(2);
        assertThat(ok(f.viewer.get(f.events("/guests/" + dana + "/messages?channel=whatsapp"))).getJsonArray("items")
                .getJsonObject(0).getString("id")).isEqualTo(toDana);

        // GuestsResource still answers for everything else under .../guests
        assertThat(ok(f.viewer.get(f.events("/guests/" + dana))).getString("firstName")).isEqualTo("Dana");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(3);
        assertThat(f.editor.patch(f.events("/guests/" + dana), "{\"side\":\"bride\"}").status()).isEqualTo(200);

        assertThat(f.viewer.get(f.events("/guests/" + UUID.randomUUID() + "/messages")).status()).isEqualTo(404);
        Fixture other = Fixture.create();
        assertThat(other.viewer.get(other.events("/guests/" + dana + "/messages")).status()).isEqualTo(404);
    }

    @Test
    void totalsByStateForOneBroadcastCountEveryState() {
        Fixture f = Fixture.create();
        UUID broadcast = UUID.randomUUID();
        UUID otherBroadcast = UUID.randomUUID();
        String[] states = {"sent", "delivered", "delivered", "read", "failed", "queued"};
        String failedGuest = null;
        for (String state : states) {
            String g = guest(f, "G", null);
            record(f, g, "whatsapp", state, broadcast, uniquePhone());
            failedGuest = "failed".equals(state) ? g : failedGuest;
        }
        record(f, guest(f, "H", null), "whatsapp", "read", otherBroadcast, uniquePhone());
        // The fallback: the same broadcast may reach a guest once per channel, not twice on one.
        record(f, failedGuest, "email", "sent", broadcast, "g@example.com");
        String again = failedGuest;
        assertThatThrownBy(() -> record(f, again, "whatsapp", "queued", broadcast, uniquePhone()))
                .hasStackTraceContaining("deliveries_broadcast_guest_channel_unique");

        JsonObject whatsapp = ok(f.viewer.get(f.events("/messages/totals?channel=whatsapp&broadcast=" + broadcast)));
        assertThat(whatsapp.getInt("total")).isEqualTo(6);
        assertThat(ok(f.viewer.get(f.events("/messages/totals?broadcast=" + broadcast))).getInt("total")).isEqualTo(7);
        JsonObject totals = whatsapp;
        JsonObject byState = totals.getJsonObject("byState");
        assertThat(byState.getInt("queued")).isEqualTo(1);
        assertThat(byState.getInt("sending")).isZero();
        assertThat(byState.getInt("sent")).isEqualTo(1);
        assertThat(byState.getInt("delivered")).isEqualTo(2);
        assertThat(byState.getInt("read")).isEqualTo(1);
        assertThat(byState.getInt("opened")).isZero();
        assertThat(byState.getInt("failed")).isEqualTo(1);

        assertThat(ok(f.viewer.get(f.events("/messages/totals"))).getInt("total")).isEqualTo(8);
        assertThat(ok(f.viewer.get(f.events("/messages?broadcast=" + otherBroadcast))).getInt("total")).isEqualTo(1);
    }

    @Test
    void badFiltersAreBadRequestsThatNameTheParameter() {
        Fixture f = Fixture.create();
        Api.Reply state = f.viewer.get(f.events("/messages?state=lost"));
        assertThat(state.status()).isEqualTo(400);
        assertThat(state.string("detail")).contains("state").contains("delivered");
        Api.Reply guest = f.viewer.get(f.events("/messages?guest=42"));
        assertThat(guest.status()).isEqualTo(400);
        assertThat(guest.string("detail")).contains("guest");
        assertThat(f.viewer.get(f.events("/messages?sort=recipient")).status()).isEqualTo(400);
        assertThat(f.viewer.get(f.events("/messages?limit=0")).status()).isEqualTo(400);
        assertThat(f.viewer.get(f.events("/messages/not-an-id")).status()).isEqualTo(404);
    }
}
