package dev.usher.it.events;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

class MembersIT extends ArquillianIT {

    @Test
    void someoneWhoNeverSignedInIsPendingAndSeesTheEventAtFirstSignIn() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("Newcomer");
        JsonObject member = created(f.admin.post(f.events("/invite-member"),
                "{\"email\":\"" + email + "\",\"role\":\"editor\",\"displayName\":\"New Comer\"}"));
        assertThat(member.getString("status")).isEqualTo("pending");
        assertThat(member.getString("email")).isEqualTo(email.toLowerCase());

        Api newcomer = Api.as(email.toUpperCase());
        assertThat(newcomer.get("/api/events").array()).anyMatch(e -> ((JsonObject) e).getString("id").equals(f.eventId));
        JsonObject after = ok(f.admin.get(f.events("/members/" + member.getString("userId"))));
        assertThat(after.getString("status")).isEqualTo("active");
        assertThat(created(newcomer.post(f.events("/guests"), "{\"firstName\":\"Tal\"}")).getString("firstName"))
                .isEqualTo("Tal");
    }

    @Test
    void invitingAMemberTwiceIsAConflict() {
        Fixture f = Fixture.create();
        Api.Reply again = f.admin.post(f.events("/invite-member"),
                "{\"email\":\"" + f.editorEmail.toUpperCase() + "\",\"role\":\"viewer\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("userId")).isEqualTo(f.editorId);
    }

    @Test
    void anAdminChangesRolesAndTheNewRoleTakesEffect() {
        Fixture f = Fixture.create();
        assertThat(f.viewer.post(f.events("/guests"), "{\"firstName\":\"X\"}").status()).isEqualTo(403);
        assertThat(ok(f.admin.patch(f.events("/members/" + f.viewerId), "{\"role\":\"editor\"}")).getString("role"))
                .isEqualTo("editor");
        assertThat(f.viewer.post(f.events("/guests"), "{\"firstName\":\"X\"}").status()).isEqualTo(201);
        assertThat(f.admin.delete(f.events("/members/" + f.viewerId)).status()).isEqualTo(204);
        assertThat(f.viewer.get(f.events("")).status()).isEqualTo(404);
    }

    @Test
    void theLastAdminCanBeNeitherDemotedNorRemoved() {
        Fixture f = Fixture.create();
        String adminId = ok(f.admin.get("/api/me")).getString("userId");
        Api.Reply demote = f.admin.patch(f.events("/members/" + adminId), "{\"role\":\"viewer\"}");
        Api.Reply remove = f.admin.delete(f.events("/members/" + adminId));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(remove.status()).isEqualTo(409);
        assertThat(demote.object().getString("detail")).contains("last admin");

        ok(f.admin.patch(f.events("/members/" + f.editorId), "{\"role\":\"admin\"}"));
        assertThat(ok(f.admin.patch(f.events("/members/" + adminId), "{\"role\":\"viewer\"}")).getString("role"))
                .isEqualTo("viewer");
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() {
        for (int round = 0; round < 5; round++) {
            Fixture f = Fixture.create();
            String adminId = ok(f.admin.get("/api/me")).getString("userId");
            ok(f.admin.patch(f.events("/members/" + f.editorId), "{\"role\":\"admin\"}"));
            var first = CompletableFuture.supplyAsync(() ->
                    f.admin.patch(f.events("/members/" + f.editorId), "{\"role\":\"viewer\"}").status());
            var second = CompletableFuture.supplyAsync(() ->
                    f.editor.patch(f.events("/members/" + adminId), "{\"role\":\"viewer\"}").status());
            List<Integer> statuses = List.of(first.join(), second.join());
            // The loser is refused either by the last-admin rule (409) or, if the winner had
            // already committed when it arrived, because it is no longer an admin (403).
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 403);
            assertThat(Db.count("SELECT count(*) FROM event_members WHERE event_id = ?::uuid AND role = 'admin'",
                    f.eventId)).isEqualTo(1);
        }
    }

    @Test
    void theMemberListShowsEveryRole() {
        Fixture f = Fixture.create();
        var roles = f.viewer.get(f.events("/members")).array().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("role")).toList();
        assertThat(roles).containsExactlyInAnyOrder("admin", "editor", "viewer");
    }
}
