package dev.usher.it.guests;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Households with named members and plus-ones: party size, headcount, status history and the invitation's seats. */
class HouseholdsIT extends ArquillianIT {

    static String member(JsonObject guest, int index) {
        return guest.getJsonArray("members").getJsonObject(index).getString("id");
    }

    @Test
    void aHouseholdsPartySizeFollowsItsMembersAndPlusOnesAndItsReplyCountsWhoComes() {
        Fixture f = Fixture.create();
        String id = created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Dana\",\"lastName\":\"Cohen\"}"))
                .getString("id");
        JsonObject household = ok(f.editor.put(f.events("/guests/" + id + "/household"),
                "{\"plusOnesAllowed\":1,\"members\":[{\"name\":\"Dana\"},{\"name\":\"Avi\"},{\"name\":\"Tal\"}]}"));
        assertThat(household.getInt("partySize")).isEqualTo(4);
        assertThat(household.getInt("plusOnesAllowed")).isEqualTo(1);
        assertThat(household.getInt("attendingCount")).isZero();

        JsonObject replied = ok(f.editor.put(f.events("/guests/" + id + "/household/reply"),
                "{\"members\":[{\"id\":\"" + member(household, 0) + "\",\"attending\":\"yes\"},"
                        + "{\"id\":\"" + member(household, 1) + "\",\"attending\":\"yes\"},"
                        + "{\"id\":\"" + member(household, 2) + "\",\"attending\":\"no\"}],"
                        + "\"plusOnes\":[{\"name\":\"Ron\",\"attending\":\"yes\"}]}"));
        assertThat(replied.getString("status")).isEqualTo("confirmed");
        assertThat(replied.getInt("attendingCount")).isEqualTo(3);
        assertThat(replied.getInt("partySize")).isEqualTo(4);
        JsonObject plusOne = replied.getJsonArray("members").getJsonObject(3);
        assertThat(plusOne.getString("name")).isEqualTo("Ron");
        assertThat(plusOne.getBoolean("plusOne")).isTrue();

        JsonObject stats = ok(f.viewer.get(f.events("/stats")));
        assertThat(stats.getInt("headcount")).isEqualTo(5); // 4 + the fixture's guest
        assertThat(stats.getInt("confirmedHeadcount")).isEqualTo(3);
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid AND source = 'console'"
                + " AND to_status = 'confirmed'", id)).isEqualTo(1);

        // A plain guest confirmed counts its party size, as before households.
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\",\"partySize\":2}"));
        assertThat(ok(f.viewer.get(f.events("/stats"))).getInt("confirmedHeadcount")).isEqualTo(5);
    }

    @Test
    void aHouseholdsPartySizeIsNotPatchedAroundItsMembers() {
        Fixture f = Fixture.create();
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"), "{\"members\":[{\"name\":\"Noa\"}]}"));
        Api.Reply bad = f.editor.patch(f.events("/guests/" + f.guestId), "{\"partySize\":5}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("partySize");
    }

    @Test
    void tooManyPlusOnesOrAMissingMemberWritesNothing() {
        Fixture f = Fixture.create();
        JsonObject household = ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"plusOnesAllowed\":1,\"members\":[{\"name\":\"Noa\"},{\"name\":\"Gil\"}]}"));
        Api.Reply tooMany = f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + member(household, 0) + "\",\"attending\":\"yes\"},"
                        + "{\"id\":\"" + member(household, 1) + "\",\"attending\":\"yes\"}],"
                        + "\"plusOnes\":[{\"name\":\"A\"},{\"name\":\"B\"}]}");
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.isProblem()).isTrue();
        assertThat(tooMany.body()).contains("\"plusOnes\"");
        Api.Reply missing = f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + member(household, 0) + "\",\"attending\":\"yes\"}]}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("missing: Gil");
        JsonObject unchanged = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(unchanged.getString("status")).isEqualTo("invited");
        assertThat(unchanged.getInt("attendingCount")).isZero();
        assertThat(unchanged.getJsonArray("members")).hasSize(2);
    }

    @Test
    void theInvitationsSeatsFollowTheConfirmedMembersUnlessFixed() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("cohen");
        String id = created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Dana\",\"email\":\"" + email + "\"}"))
                .getString("id");
        String fixedId = created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Eli\",\"email\":\""
                + Api.uniqueEmail("eli") + "\"}")).getString("id");
        JsonObject household = ok(f.editor.put(f.events("/guests/" + id + "/household"),
                "{\"members\":[{\"name\":\"Dana\"},{\"name\":\"Avi\"},{\"name\":\"Tal\"}]}"));
        JsonObject fixedHousehold = ok(f.editor.put(f.events("/guests/" + fixedId + "/household"),
                "{\"members\":[{\"name\":\"Eli\"},{\"name\":\"Gal\"}]}"));
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + id + "\"],\"send\":false}"));
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + fixedId + "\"],\"seats\":5,\"send\":false}"));
        assertThat(seats(id)).isEqualTo(3); // nobody answered yet: the party size

        ok(f.editor.put(f.events("/guests/" + id + "/household/reply"),
                "{\"members\":[{\"id\":\"" + member(household, 0) + "\",\"attending\":\"yes\"},"
                        + "{\"id\":\"" + member(household, 1) + "\",\"attending\":\"yes\"},"
                        + "{\"id\":\"" + member(household, 2) + "\",\"attending\":\"no\"}]}"));
        ok(f.editor.put(f.events("/guests/" + fixedId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + member(fixedHousehold, 0) + "\",\"attending\":\"yes\"},"
                        + "{\"id\":\"" + member(fixedHousehold, 1) + "\",\"attending\":\"no\"}]}"));
        assertThat(seats(id)).isEqualTo(2);
        assertThat(seats(fixedId)).isEqualTo(5);
    }

    private static long seats(String guestId) {
        return Db.count("SELECT seats FROM invitations WHERE guest_id = ?::uuid AND status <> 'revoked'", guestId);
    }

    @Test
    void aGuestWithoutMembersAnswersForItself() {
        Fixture f = Fixture.create();
        JsonObject replied = ok(f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"attending\":\"no\"}"));
        assertThat(replied.getString("status")).isEqualTo("declined");
        assertThat(replied.containsKey("attendingCount")).isFalse();
        Api.Reply plusOne = f.editor.put(f.events("/guests/" + f.guestId + "/household"), "{\"plusOnesAllowed\":2}");
        assertThat(plusOne.status()).isEqualTo(422);
        assertThat(plusOne.body()).contains("plusOnesAllowed");
    }
}
