package dev.usher.it.guests;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

class GuestsIT extends ArquillianIT {

    @Test
    void anEditorAddsAGuestWhosePhoneIsStoredInE164() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests"),
                "{\"firstName\":\"Dana\",\"lastName\":\"Cohen\",\"phone\":\"054-123-4567\","
                        + "\"email\":\"Dana@Example.com\",\"side\":\"groom\",\"partySize\":3,\"notes\":\"vegan\"}");
        JsonObject guest = created(reply);
        assertThat(guest.getString("phone")).isEqualTo("+972541234567");
        assertThat(guest.getString("email")).isEqualTo("dana@example.com");
        assertThat(guest.getString("status")).isEqualTo("invited");
        assertThat(guest.getInt("partySize")).isEqualTo(3);
        assertThat(guest.getString("addedBy")).isEqualTo(f.editorId);
        assertThat(reply.location()).endsWith(f.events("/guests/" + guest.getString("id")));
        assertThat(ok(f.viewer.get(f.events("/guests/" + guest.getString("id")))).getString("notes")).isEqualTo("vegan");
    }

    @Test
    void aSecondGuestWithTheSamePhoneIsAConflictUnlessAllowed() {
        Fixture f = Fixture.create();
        Api.Reply duplicate = f.editor.post(f.events("/guests"), "{\"firstName\":\"Other\",\"phone\":\"+972547654321\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.object().getString("duplicateOf")).isEqualTo(f.guestId);
        assertThat(f.editor.post(f.events("/guests?allowDuplicate=true"),
                "{\"firstName\":\"Other\",\"phone\":\"+972547654321\"}").status()).isEqualTo(201);
    }

    @Test
    void theListFiltersSearchesSortsAndPages() {
        Fixture f = Fixture.create();
        for (String json : List.of(
                "{\"firstName\":\"Avi\",\"lastName\":\"Zur\",\"side\":\"groom\",\"status\":\"confirmed\"}",
                "{\"firstName\":\"Bella\",\"lastName\":\"Amar\",\"side\":\"Groom\",\"email\":\"bella@example.com\"}",
                "{\"firstName\":\"Chen\",\"lastName\":\"Mor\",\"side\":\"bride\",\"phone\":\"+972 50-111-2233\"}",
                "{\"firstName\":\"Dov\",\"lastName\":\"Bar\",\"side\":\"groom\",\"status\":\"declined\"}")) {
            created(f.editor.post(f.events("/guests"), json));
        }
        JsonObject groom = ok(f.viewer.get(f.events("/guests?side=GROOM&sort=-lastName")));
        assertThat(groom.getInt("total")).isEqualTo(3);
        assertThat(names(groom)).containsExactly("Avi", "Dov", "Bella");

        assertThat(names(ok(f.viewer.get(f.events("/guests?status=confirmed"))))).containsExactly("Avi");
        assertThat(names(ok(f.viewer.get(f.events("/guests?q=BELLA%40example"))))).containsExactly("Bella");
        assertThat(names(ok(f.viewer.get(f.events("/guests?q=111-22"))))).containsExactly("Chen");
        assertThat(names(ok(f.viewer.get(f.events("/guests?q=chen%20mor"))))).containsExactly("Chen");

        JsonObject page = ok(f.viewer.get(f.events("/guests?sort=firstName&skip=1&limit=2")));
        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getInt("skip")).isEqualTo(1);
        assertThat(page.getInt("limit")).isEqualTo(2);
        assertThat(names(page)).containsExactly("Bella", "Chen");
    }

    @Test
    void aPatchChangesOnlyWhatItSendsAndIsCheckedLikeANewGuest() {
        Fixture f = Fixture.create();
        JsonObject patched = ok(f.editor.patch(f.events("/guests/" + f.guestId),
                "{\"status\":\"confirmed\",\"side\":null,\"phone\":\"+972 52 000 1111\"}"));
        assertThat(patched.getString("status")).isEqualTo("confirmed");
        assertThat(patched.containsKey("side")).isFalse();
        assertThat(patched.getString("phone")).isEqualTo("+972520001111");
        assertThat(patched.getString("lastName")).isEqualTo("Levi");

        Api.Reply bad = f.editor.patch(f.events("/guests/" + f.guestId), "{\"phone\":\"12\",\"firstName\":\"\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("phone", "firstName");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("firstName")).isEqualTo("Noa");
    }

    @Test
    void aGuestOfAnotherEventIsNotFound() {
        Fixture mine = Fixture.create();
        Fixture other = Fixture.create();
        assertThat(mine.admin.get(mine.events("/guests/" + other.guestId)).status()).isEqualTo(404);
        assertThat(mine.admin.patch(mine.events("/guests/" + other.guestId), "{\"status\":\"declined\"}").status())
                .isEqualTo(404);
        assertThat(mine.admin.delete(mine.events("/guests/" + other.guestId)).status()).isEqualTo(404);
        assertThat(ok(other.admin.get(other.events("/guests/" + other.guestId))).getString("status"))
                .isEqualTo("invited");
    }

    @Test
    void statsCountByStatusAndSideInTheDatabase() {
        Fixture f = Fixture.create();
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"A\",\"side\":\"bride\",\"status\":\"confirmed\",\"partySize\":4}"));
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"B\",\"side\":\"groom\",\"status\":\"declined\",\"partySize\":2}"));
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"C\",\"status\":\"confirmed\"}"));
        JsonObject stats = ok(f.viewer.get(f.events("/stats")));
        assertThat(stats.getInt("total")).isEqualTo(4);
        assertThat(stats.getInt("headcount")).isEqualTo(8);
        assertThat(stats.getInt("confirmedHeadcount")).isEqualTo(5);
        assertThat(stats.getJsonObject("byStatus").getInt("invited")).isEqualTo(1);
        assertThat(stats.getJsonObject("byStatus").getInt("confirmed")).isEqualTo(2);
        assertThat(stats.getJsonObject("byStatus").getInt("declined")).isEqualTo(1);
        assertThat(stats.getJsonNumber("confirmationRate").doubleValue()).isEqualTo(0.5);
        assertThat(stats.getJsonNumber("responseRate").doubleValue()).isEqualTo(0.75);
        JsonObject bride = stats.getJsonArray("bySide").getValuesAs(JsonObject.class).stream()
                .filter(s -> "bride".equals(s.getString("side", null))).findFirst().orElseThrow();
        assertThat(bride.getInt("total")).isEqualTo(2);
        assertThat(bride.getInt("headcount")).isEqualTo(5);
    }

    @Test
    void theCsvExportKeepsFormulaLookingCellsAsText() {
        Fixture f = Fixture.create();
        created(f.editor.post(f.events("/guests"),
                "{\"firstName\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"lastName\":\"@SUM(A1)\"}"));
        Api.Reply csv = f.viewer.get(f.events("/guests/export.csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@SUM(A1)")
                .contains("Noa,Levi,'+972547654321");
        assertThat(f.outsider.get(f.events("/guests/export.csv")).status()).isEqualTo(404);
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("firstName")).toList();
    }
}
