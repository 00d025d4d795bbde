package dev.usher.questions.entity;

/** A question's details after validation: label trimmed, options a JSON array of distinct texts. */
public record QuestionData(int position, QuestionKind kind, QuestionScope scope, String label, boolean required,
                           String optionsJson) {
}
