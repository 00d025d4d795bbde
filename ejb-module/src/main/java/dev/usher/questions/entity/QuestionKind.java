package dev.usher.questions.entity;

/**
 * What a question asks for. Spelled as stored and shown. {@code choice}: one of its options
 * (a meal); {@code dietary}: free text, or tags (from its options when it lists any);
 * {@code yesno}: true or false; {@code text}: a short text.
 */
public enum QuestionKind {
    choice, dietary, yesno, text
}
