package dev.usher.it.notifications;

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
 * The activity feed: an event's RSVP changes from the guests' status history, whatever their source,
 * newest first, paged, and polled with a cursor that answers only newer changes.
 */
class ActivityIT extends ArquillianIT {

    @Test
    void changesFromThePageAndFromOrganizersAreListedNewestFirstWithSourceAndEvidence() {
        Fixture f = Fixture.create();
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
        String token = token(ok(f.editor.post(f.events("/guests/" + f.guestId + "/rsvp-link"), null)));
        ok(Api.anonymous().from("198.18.7." + (int) (Math.random() * 250 + 1))
                .send("PUT", "/api/public/rsvp/" + token, "{\"attending\":\"no\"}", "application/json"));

        JsonObject page = ok(f.viewer.get(f.events("/activity")));
        assertThat(page.getInt("total")).isEqualTo(2);
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject newest = items.get(0);
        assertThat(newest.getString("source")).isEqualTo("web");
        assertThat(newest.getString("guestName")).isEqualTo("Noa Levi");
        assertThat(newest.getString("from")).isEqualTo("confirmed");
        assertThat(newest.getString("to")).isEqualTo("declined");
        assertThat(newest.getString("evidence")).isEqualTo("no");
        JsonObject first = items.get(1);
        assertThat(first.getString("source")).isEqualTo("organizer");
        assertThat(first.getString("to")).isEqualTo("confirmed");
        assertThat(first.getString("evidence")).contains(f.editorEmail);
        assertThat(page.getString("newest")).isEqualTo(newest.getString("id"));

        JsonObject second = ok(f.viewer.get(f.events("/activity?skip=1&limit=1")));
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(first.getString("id"));
        assertThat(second.getInt("total")).isEqualTo(2);
    }

    @Test
    void aPollAnswersOnlyTheChangesNewerThanItsCursor() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
        String cursor = ok(f.viewer.get(f.events("/activity"))).getString("newest");

        JsonObject nothingNew = ok(f.viewer.get(f.events("/activity?after=" + cursor)));
        assertThat(nothingNew.getJsonArray("items")).isEmpty();
        assertThat(nothingNew.getString("newest")).isEqualTo(cursor);

        String other = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Gil\",\"side\":\"groom\"}"))
                .getString("id");
        ok(f.admin.patch(f.events("/guests/" + other), "{\"status\":\"declined\"}"));
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));
        JsonObject newer = ok(f.viewer.get(f.events("/activity?after=" + cursor)));
        List<JsonObject> items = newer.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("guestName")).containsExactly("Noa Levi", "Gil");
        assertThat(newer.getString("newest")).isEqualTo(items.get(0).getString("id"));
        assertThat(ok(f.viewer.get(f.events("/activity?after=" + newer.getString("newest")))).getJsonArray("items"))
                .isEmpty();
    }

    @Test
    void aCursorOfAnotherEventOrNoChangeIsRefusedNamingIt() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        ok(other.admin.patch(other.events("/guests/" + other.guestId), "{\"status\":\"confirmed\"}"));
        String foreign = ok(other.admin.get(other.events("/activity"))).getString("newest");

        Api.Reply refused = f.viewer.get(f.events("/activity?after=" + foreign));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.string("detail")).contains("after");
        Api.Reply malformed = f.viewer.get(f.events("/activity?after=yesterday"));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.string("detail")).contains("after");
        assertThat(ok(f.viewer.get(f.events("/activity"))).getInt("total")).isZero();
    }

    @Test
    void aStatusLeftAsItWasRecordsNothing() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"notes\":\"Table 4\"}"));
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"invited\"}"));
        assertThat(ok(f.viewer.get(f.events("/activity"))).getInt("total")).isZero();
    }

    private static String token(JsonObject link) {
        String url = link.getString("url");
        return url.substring(url.indexOf('#') + 1);
    }
}
