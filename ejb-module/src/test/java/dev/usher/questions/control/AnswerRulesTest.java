package dev.usher.questions.control;

import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.entity.QuestionKind;
import dev.usher.questions.entity.QuestionScope;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRulesTest {

    static QuestionView question(QuestionKind kind, String... options) {
        return new QuestionView(UUID.randomUUID(), UUID.randomUUID(), 0, kind, QuestionScope.member, "Q", false,
                List.of(options));
    }

    @Test
    void aChoiceIsOneOfItsOptions() {
        QuestionView meal = question(QuestionKind.choice, "Fish", "Meat");
        assertThat(AnswerRules.judge(meal, Json.createValue(" Fish "))).isEqualTo(new AnswerRules.Stored("\"Fish\""));
        assertThat(AnswerRules.judge(meal, Json.createValue("Lobster"))).isInstanceOf(AnswerRules.Refused.class);
        assertThat(AnswerRules.judge(meal, Json.createValue(1))).isInstanceOf(AnswerRules.Refused.class);
        assertThat(AnswerRules.judge(meal, JsonValue.NULL)).isInstanceOf(AnswerRules.Empty.class);
    }

    @Test
    void yesNoIsTrueOrFalseOnly() {
        QuestionView bus = question(QuestionKind.yesno);
        assertThat(AnswerRules.judge(bus, JsonValue.TRUE)).isEqualTo(new AnswerRules.Stored("true"));
        assertThat(AnswerRules.judge(bus, Json.createValue("yes"))).isInstanceOf(AnswerRules.Refused.class);
    }

    @Test
    void textIsBoundedAndBlankIsNoAnswer() {
        QuestionView song = question(QuestionKind.text);
        assertThat(AnswerRules.judge(song, Json.createValue("x".repeat(AnswerRules.MAX_TEXT))))
                .isInstanceOf(AnswerRules.Stored.class);
        assertThat(AnswerRules.judge(song, Json.createValue("x".repeat(AnswerRules.MAX_TEXT + 1))))
                .isEqualTo(new AnswerRules.Refused("is longer than 500 characters"));
        assertThat(AnswerRules.judge(song, Json.createValue("   "))).isInstanceOf(AnswerRules.Empty.class);
    }

    @Test
    void dietaryNeedsAreFreeTextOrTagsFromItsList() {
        QuestionView diet = question(QuestionKind.dietary, "kosher", "vegan");
        assertThat(AnswerRules.judge(diet, Json.createArrayBuilder().add("vegan").add("kosher").add("vegan").build()))
                .isEqualTo(new AnswerRules.Stored("[\"vegan\",\"kosher\"]"));
        assertThat(AnswerRules.judge(diet, Json.createArrayBuilder().add("halal").build()))
                .isInstanceOf(AnswerRules.Refused.class);
        assertThat(AnswerRules.judge(diet, Json.createValue("no nuts"))).isEqualTo(new AnswerRules.Stored("\"no nuts\""));
        assertThat(AnswerRules.judge(question(QuestionKind.dietary), Json.createArrayBuilder().add("halal").build()))
                .isInstanceOf(AnswerRules.Stored.class);
    }

    @Test
    void storedAnswersReadAsPeopleWriteThem() {
        assertThat(AnswerRules.readable("[\"vegan\",\"kosher\"]")).isEqualTo("vegan, kosher");
        assertThat(AnswerRules.readable("true")).isEqualTo("yes");
        assertThat(AnswerRules.readable("\"Fish\"")).isEqualTo("Fish");
    }
}
