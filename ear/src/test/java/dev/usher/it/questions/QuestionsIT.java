package dev.usher.it.questions;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** An event's questions: defined by editors, answers checked on the server, shown in the list, export and stats. */
class QuestionsIT extends ArquillianIT {

    private static final String MEAL = "{\"label\":\"Meal\",\"kind\":\"choice\",\"required\":true,"
            + "\"options\":[\"Fish\",\"Meat\",\"Vegan\"]}";
    private static final String SONG = "{\"label\":\"A song for the DJ\",\"kind\":\"text\",\"scope\":\"household\"}";

    /** The fixture's guest as a household of Noa and Gil; returns the member ids. */
    static List<String> household(Fixture f) {
        JsonObject guest = ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"members\":[{\"name\":\"Noa\"},{\"name\":\"Gil\"}]}"));
        return guest.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList();
    }

    @Test
    void editorsDefineOrderChangeAndDeleteQuestionsViewersReadThem() {
        Fixture f = Fixture.create();
        JsonObject meal = created(f.editor.post(f.events("/questions"), MEAL));
        assertThat(meal.getString("scope")).isEqualTo("member");
        assertThat(meal.getInt("position")).isZero();
        JsonObject song = created(f.editor.post(f.events("/questions"), SONG));
        assertThat(song.getInt("position")).isEqualTo(1);
        created(f.editor.post(f.events("/questions"), "{\"label\":\"First\",\"kind\":\"yesno\",\"position\":0}"));

        List<String> labels = f.viewer.get(f.events("/questions")).array().getValuesAs(JsonObject.class).stream()
                .map(q -> q.getString("label")).toList();
        assertThat(labels).containsExactly("Meal", "First", "A song for the DJ");

        JsonObject changed = ok(f.editor.put(f.events("/questions/" + meal.getString("id")),
                "{\"label\":\"Dinner\",\"kind\":\"choice\",\"options\":[\"Fish\",\"Pasta\"]}"));
        assertThat(changed.getJsonArray("options").getString(1)).isEqualTo("Pasta");
        assertThat(changed.getBoolean("required")).isFalse();
        assertThat(f.editor.delete(f.events("/questions/" + song.getString("id"))).status()).isEqualTo(204);
        assertThat(f.viewer.get(f.events("/questions")).array()).hasSize(2);
    }

    @Test
    void aBadQuestionIsRefusedNamingTheField() {
        Fixture f = Fixture.create();
        Api.Reply oneOption = f.editor.post(f.events("/questions"),
                "{\"label\":\"Meal\",\"kind\":\"choice\",\"options\":[\"Fish\"]}");
        assertThat(oneOption.status()).isEqualTo(422);
        assertThat(fields(oneOption)).containsExactly("options");
        Api.Reply repeated = f.editor.post(f.events("/questions"),
                "{\"label\":\"Meal\",\"kind\":\"choice\",\"options\":[\"Fish\",\"fish \"]}");
        assertThat(fields(repeated)).containsExactly("options[1]");
        Api.Reply unknownKind = f.editor.post(f.events("/questions"), "{\"label\":\"Meal\",\"kind\":\"essay\"}");
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(fields(unknownKind)).containsExactly("kind");
    }

    @Test
    void answersAreCheckedAsAWholeAndNothingIsHalfWritten() {
        Fixture f = Fixture.create();
        String meal = created(f.editor.post(f.events("/questions"), MEAL)).getString("id");
        String song = created(f.editor.post(f.events("/questions"), SONG)).getString("id");
        List<String> members = household(f);

        Api.Reply bad = f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + members.get(0) + "\",\"attending\":\"yes\",\"answers\":{\"" + meal
                        + "\":\"Fish\"}},{\"id\":\"" + members.get(1) + "\",\"attending\":\"yes\",\"answers\":{\"" + meal
                        + "\":\"Lobster\"}}],\"answers\":{\"" + song + "\":\"" + "x".repeat(501) + "\"}}");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.isProblem()).isTrue();
        assertThat(fields(bad)).containsExactlyInAnyOrder("members[1].answers." + meal, "answers." + song);

        Api.Reply missing = f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + members.get(0) + "\",\"attending\":\"yes\",\"answers\":{\"" + meal
                        + "\":\"Fish\"}},{\"id\":\"" + members.get(1) + "\",\"attending\":\"yes\"}]}");
        assertThat(fields(missing)).containsExactly("members[1].answers." + meal);

        Api.Reply wrongScope = f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + members.get(0) + "\",\"attending\":\"no\",\"answers\":{\"" + song
                        + "\":\"Hey Jude\"}},{\"id\":\"" + members.get(1) + "\",\"attending\":\"no\"}]}");
        assertThat(fields(wrongScope)).containsExactly("members[0].answers." + song);

        assertThat(Db.count("SELECT count(*) FROM guest_answers WHERE guest_id = ?::uuid", f.guestId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM household_members WHERE guest_id = ?::uuid AND attending <> 'unknown'",
                f.guestId)).isZero();
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("invited");
    }

    @Test
    void anotherEventsQuestionIsNeitherReachableNorAnswerable() {
        Fixture mine = Fixture.create();
        Fixture other = Fixture.create();
        String theirs = created(other.editor.post(other.events("/questions"), MEAL)).getString("id");
        assertThat(mine.admin.get(mine.events("/questions/" + theirs)).status()).isEqualTo(404);
        assertThat(mine.admin.put(mine.events("/questions/" + theirs), MEAL).status()).isEqualTo(404);
        assertThat(mine.admin.delete(mine.events("/questions/" + theirs)).status()).isEqualTo(404);
        Api.Reply answer = mine.editor.put(mine.events("/guests/" + mine.guestId + "/household/reply"),
                "{\"attending\":\"yes\",\"answers\":{\"" + theirs + "\":\"Fish\"}}");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(fields(answer)).containsExactly("answers." + theirs);
        assertThat(other.viewer.get(other.events("/questions")).array()).hasSize(1);
    }

    @Test
    void answersShowInTheGuestViewTheExportAndTheStatsPerOption() {
        Fixture f = Fixture.create();
        String meal = created(f.editor.post(f.events("/questions"), MEAL)).getString("id");
        String song = created(f.editor.post(f.events("/questions"), SONG)).getString("id");
        String diet = created(f.editor.post(f.events("/questions"),
                "{\"label\":\"Dietary needs\",\"kind\":\"dietary\",\"options\":[\"gluten-free\",\"kosher\"]}"))
                .getString("id");
        List<String> members = household(f);
        JsonObject replied = ok(f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + members.get(0) + "\",\"attending\":\"yes\",\"answers\":{\"" + meal
                        + "\":\"Fish\",\"" + diet + "\":[\"kosher\",\"gluten-free\"]}},{\"id\":\"" + members.get(1)
                        + "\",\"attending\":\"yes\",\"answers\":{\"" + meal + "\":\"Vegan\",\"" + diet
                        + "\":[\"kosher\"]}}],\"answers\":{\"" + song + "\":\"=Hey Jude\"}}"));
        assertThat(replied.getJsonObject("answers").getString(song)).isEqualTo("=Hey Jude");
        assertThat(replied.getJsonArray("members").getJsonObject(1).getJsonObject("answers").getString(meal))
                .isEqualTo("Vegan");
        // A later reply changes an answer in place.
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household/reply"),
                "{\"members\":[{\"id\":\"" + members.get(0) + "\",\"attending\":\"yes\",\"answers\":{\"" + meal
                        + "\":\"Fish\",\"" + diet + "\":[\"kosher\",\"gluten-free\"]}},{\"id\":\"" + members.get(1)
                        + "\",\"attending\":\"yes\",\"answers\":{\"" + meal + "\":\"Meat\",\"" + diet
                        + "\":[\"kosher\"]}}],\"answers\":{\"" + song + "\":\"=Hey Jude\"}}"));

        JsonObject listed = f.viewer.get(f.events("/guests?q=Levi")).object().getJsonArray("items").getJsonObject(0);
        assertThat(listed.getJsonArray("members")).hasSize(2);

        String csv = new String(f.viewer.bytes(f.events("/guests/export.csv")), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",Members,Plus-ones allowed,Attending,Meal,A song for the DJ,Dietary needs");
        assertThat(lines[1]).contains("Noa (yes); Gil (yes)", "Noa: Fish; Gil: Meat", "'=Hey Jude",
                "\"Noa: kosher, gluten-free; Gil: kosher\"");

        JsonObject stats = ok(f.viewer.get(f.events("/stats")));
        List<JsonObject> byQuestion = stats.getJsonArray("byQuestion").getValuesAs(JsonObject.class);
        assertThat(byQuestion).extracting(q -> q.getString("label"))
                .containsExactly("Meal", "A song for the DJ", "Dietary needs");
        JsonObject meals = byQuestion.get(0);
        assertThat(meals.getInt("answered")).isEqualTo(2);
        assertThat(meals.getJsonObject("byOption").getInt("Fish")).isEqualTo(1);
        assertThat(meals.getJsonObject("byOption").getInt("Meat")).isEqualTo(1);
        assertThat(meals.getJsonObject("byOption").getInt("Vegan")).isZero();
        assertThat(byQuestion.get(1).getInt("answered")).isEqualTo(1);
        assertThat(byQuestion.get(2).getJsonObject("byOption").getInt("kosher")).isEqualTo(2);
        assertThat(byQuestion.get(2).getJsonObject("byOption").getInt("gluten-free")).isEqualTo(1);
        assertThat(stats.getInt("confirmedHeadcount")).isEqualTo(2);
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
