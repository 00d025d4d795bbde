package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** An event admin invites the event's own guests, by id or by filter. */
class EventInvitationsIT extends ArquillianIT {

    @Test
    void anAdminInvitesChosenGuestsAndEachGetsAMailWithTheirPartySize() {
        Fixture f = Fixture.create();
        String avi = Api.uniqueEmail("avi");
        String bella = Api.uniqueEmail("bella");
        String aviId = created(f.editor.post(f.events("/guests"),
                "{\"firstName\":\"Avi\",\"lastName\":\"Zur\",\"email\":\"" + avi + "\",\"partySize\":3}")).getString("id");
        String bellaId = created(f.editor.post(f.events("/guests"),
                "{\"firstName\":\"Bella\",\"email\":\"" + bella + "\",\"side\":\"bride\"}")).getString("id");

        JsonObject report = ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + aviId + "\",\"" + bellaId
                + "\",\"" + f.guestId + "\"],\"customMessage\":\"See you there\"}"));
        assertThat(report.getInt("requested")).isEqualTo(3);
        assertThat(report.getInt("created")).isEqualTo(2);
        assertThat(report.getInt("sent")).isEqualTo(2);
        assertThat(report.getJsonArray("skipped").getJsonObject(0).getString("guestId")).isEqualTo(f.guestId);
        assertThat(report.getJsonArray("skipped").getJsonObject(0).getString("reason")).contains("no e-mail");
        JsonObject first = report.getJsonArray("invitations").getJsonObject(0);
        assertThat(first.getString("guestId")).isEqualTo(aviId);
        assertThat(first.getString("recipientName")).isEqualTo("Avi Zur");
        assertThat(first.getInt("seats")).isEqualTo(3);
        assertThat(first.getString("status")).isEqualTo("sent");
        assertThat(first.getString("eventId")).isEqualTo(f.eventId);

        assertThat(Mailbox.await(avi, 1)).hasSize(1);
        assertThat(Mailbox.await(bella, 1)).hasSize(1);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid AND state = 'sent'", aviId)).isEqualTo(1);

        // Inviting again skips who already holds an invitation.
        JsonObject again = ok(f.admin.post(f.events("/invitations"), "{\"filter\":{}}"));
        assertThat(again.getInt("requested")).isEqualTo(3);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getJsonArray("skipped")).hasSize(3);

        JsonObject list = ok(f.admin.get(f.events("/invitations?sort=recipientName")));
        assertThat(list.getInt("total")).isEqualTo(2);
        assertThat(list.getJsonArray("items").getJsonObject(0).getString("recipientName")).isEqualTo("Avi Zur");
    }

    @Test
    void aFilterChoosesGuestsAndDraftsAreNotSent() {
        Fixture f = Fixture.create();
        String dov = Api.uniqueEmail("dov");
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Dov\",\"email\":\"" + dov + "\",\"side\":\"groom\"}"));
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Eli\",\"email\":\"" + Api.uniqueEmail("eli")
                + "\",\"side\":\"bride\"}"));
        JsonObject report = ok(f.admin.post(f.events("/invitations"),
                "{\"filter\":{\"side\":\"groom\"},\"type\":\"special\",\"seats\":2,\"send\":false}"));
        assertThat(report.getInt("created")).isEqualTo(1);
        assertThat(report.getInt("sent")).isZero();
        JsonObject invitation = report.getJsonArray("invitations").getJsonObject(0);
        assertThat(invitation.getString("status")).isEqualTo("pending");
        assertThat(invitation.getString("type")).isEqualTo("special");
        assertThat(invitation.getInt("seats")).isEqualTo(2);
        assertThat(Mailbox.to(dov)).isEmpty();
    }

    @Test
    void unknownGuestsAndAnAmbiguousRequestAreRefusedAndNothingIsWritten() {
        Fixture f = Fixture.create();
        Api.Reply unknown = f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + java.util.UUID.randomUUID() + "\"]}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("guestIds[0]");
        Api.Reply both = f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + f.guestId + "\"],\"filter\":{}}");
        assertThat(both.status()).isEqualTo(422);
        Api.Reply neither = f.admin.post(f.events("/invitations"), "{}");
        assertThat(neither.status()).isEqualTo(422);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid", f.eventId)).isZero();
    }
}
