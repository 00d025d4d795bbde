package dev.usher.it.events;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

class EventsIT extends ArquillianIT {

    @Test
    void creatingAnEventMakesTheCallerItsAdminAndAnswersWithItsLocation() {
        Api ann = Api.newUser();
        Api.Reply reply = ann.post("/api/events",
                "{\"name\":\" Dana & Noa's wedding \",\"date\":\"2027-06-01\",\"startTime\":\"18:30\","
                        + "\"timeZone\":\"Asia/Jerusalem\",\"location\":\"Haifa\"}");
        JsonObject event = created(reply);
        assertThat(event.getString("name")).isEqualTo("Dana & Noa's wedding");
        assertThat(event.getString("myRole")).isEqualTo("admin");
        assertThat(event.getString("date")).isEqualTo("2027-06-01");
        assertThat(reply.location()).endsWith("/api/events/" + event.getString("id"));
        JsonObject fetched = ok(ann.get(reply.location().replace(Api.baseUrl(), "")));
        assertThat(fetched.getString("location")).isEqualTo("Haifa");
        assertThat(fetched.getString("startTime")).startsWith("18:30");
    }

    @Test
    void theEventListShowsOnlyTheCallersEventsWithQuickStats() {
        Fixture f = Fixture.create();
        f.admin.post(f.events("/guests"), "{\"firstName\":\"A\",\"status\":\"confirmed\",\"partySize\":2}");
        f.admin.post(f.events("/guests"), "{\"firstName\":\"B\",\"status\":\"declined\"}");
        f.admin.post(f.events("/guests"), "{\"firstName\":\"C\",\"status\":\"confirmed\"}");
        JsonObject card = f.viewer.get("/api/events").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("id").equals(f.eventId)).findFirst().orElseThrow();
        assertThat(card.getString("myRole")).isEqualTo("viewer");
        JsonObject stats = card.getJsonObject("stats");
        assertThat(stats.getInt("guestTotal")).isEqualTo(4); // the fixture's own guest is invited
        assertThat(stats.getInt("confirmed")).isEqualTo(2);
        assertThat(stats.getInt("declined")).isEqualTo(1);
        assertThat(stats.getJsonNumber("confirmationRate").doubleValue()).isEqualTo(0.5);
        assertThat(f.outsider.get("/api/events").array()).noneMatch(
                e -> ((JsonObject) e).getString("id").equals(f.eventId));
    }

    @Test
    void anAdminPatchesOnlyTheFieldsSentAndNullClearsOne() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"location\":\"Tel Aviv\",\"date\":\"2027-01-02\"}"));
        JsonObject patched = ok(f.admin.patch(f.events(""), "{\"date\":null}"));
        assertThat(patched.getString("name")).isEqualTo("Fixture event");
        assertThat(patched.getString("location")).isEqualTo("Tel Aviv");
        assertThat(patched.containsKey("date")).isFalse();
        assertThat(patched.getString("phoneRegion")).isEqualTo("IL");
    }

    @Test
    void deletingAnEventRemovesItsMembersAndGuests() {
        Fixture f = Fixture.create();
        assertThat(f.admin.delete(f.events("")).status()).isEqualTo(204);
        assertThat(f.admin.get(f.events("")).status()).isEqualTo(404);
        assertThat(f.editor.get(f.events("/guests/" + f.guestId)).status()).isEqualTo(404);
        assertThat(Db.count("SELECT count(*) FROM guests WHERE event_id = ?::uuid", f.eventId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM event_members WHERE event_id = ?::uuid", f.eventId)).isZero();
    }

    @Test
    void aNonMemberCannotTellWhetherAnEventExists() {
        Fixture f = Fixture.create();
        Api.Reply existing = f.outsider.get(f.events(""));
        Api.Reply missing = f.outsider.get("/api/events/00000000-0000-0000-0000-000000000000");
        assertThat(existing.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(existing.object().getString("title")).isEqualTo(missing.object().getString("title"));
    }
}
