package dev.usher.questions.boundary;

import dev.usher.questions.control.QuestionRules;
import dev.usher.questions.entity.EventQuestion;
import dev.usher.questions.entity.QuestionData;
import dev.usher.questions.entity.QuestionKind;
import dev.usher.questions.entity.QuestionScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A question of an event, as members see it and as the answer rules read it. */
@Schema(name = "Question")
public record QuestionView(UUID id, UUID eventId, int position, QuestionKind kind, QuestionScope scope, String label,
                           boolean required, List<String> options) {

    public static QuestionView of(EventQuestion question) {
        QuestionData d = question.data();
        return new QuestionView(question.id(), question.eventId(), d.position(), d.kind(), d.scope(), d.label(),
                d.required(), QuestionRules.options(d.optionsJson()));
    }
}
