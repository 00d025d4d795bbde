package dev.usher.questions.control;

import dev.usher.questions.boundary.QuestionView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether one answer fits its question, and its stored form (canonical JSON: a text, true or
 * false, or an array of distinct tags). Pure: no database. Blank text and an empty tag list
 * count as no answer; whether an answer is required is the caller's to judge (it depends on
 * who attends).
 */
public final class AnswerRules {

    /** The longest short text or free-text dietary answer, in characters. */
    public static final int MAX_TEXT = 500;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 60;

    private AnswerRules() {
    }

    /** What became of one answer. */
    public sealed interface Verdict permits Stored, Empty, Refused {
    }

    /** A valid answer in its stored form. */
    public record Stored(String json) implements Verdict {
    }

    /** No answer (absent, null, blank text, no tags). */
    public record Empty() implements Verdict {
    }

    /** Why the answer does not fit. */
    public record Refused(String reason) implements Verdict {
    }

    public static Verdict judge(QuestionView question, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return new Empty();
        }
        return switch (question.kind()) {
            case yesno -> value == JsonValue.TRUE || value == JsonValue.FALSE
                    ? new Stored(value.toString()) : new Refused("must be true or false");
            case text -> text(value);
            case choice -> {
                if (!(value instanceof JsonString chosen)) {
                    yield new Refused("must be one of the options (a JSON string)");
                }
                String option = chosen.getString().strip();
                if (option.isEmpty()) {
                    yield new Empty();
                }
                yield question.options().contains(option) ? new Stored(Json.createValue(option).toString())
                        : new Refused("is not one of the options: " + String.join(", ", question.options()));
            }
            case dietary -> value instanceof JsonArray tags ? tags(question, tags) : text(value);
        };
    }

    private static Verdict text(JsonValue value) {
        if (!(value instanceof JsonString given)) {
            return new Refused("must be text (a JSON string)");
        }
        String text = given.getString().strip();
        if (text.isEmpty()) {
            return new Empty();
        }
        return text.length() > MAX_TEXT ? new Refused("is longer than " + MAX_TEXT + " characters")
                : new Stored(Json.createValue(text).toString());
    }

    private static Verdict tags(QuestionView question, JsonArray tags) {
        if (tags.size() > MAX_TAGS) {
            return new Refused("has more than " + MAX_TAGS + " tags");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonValue tag : tags) {
            if (!(tag instanceof JsonString text) || text.getString().isBlank()) {
                return new Refused("must list tags as texts");
            }
            String word = text.getString().strip();
            if (word.length() > MAX_TAG_LENGTH) {
                return new Refused("has a tag longer than " + MAX_TAG_LENGTH + " characters");
            }
            if (!question.options().isEmpty() && !question.options().contains(word)) {
                return new Refused("'" + word + "' is not one of the tags: " + String.join(", ", question.options()));
            }
            chosen.add(word);
        }
        if (chosen.isEmpty()) {
            return new Empty();
        }
        JsonArrayBuilder stored = Json.createArrayBuilder();
        chosen.forEach(stored::add);
        return new Stored(stored.build().toString());
    }

    /** A stored answer as JSON again. */
    public static JsonValue read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** A stored answer as a person reads it: the text, yes or no, or the tags joined by commas. */
    public static String readable(String json) {
        JsonValue value = read(json);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonArray array) {
            return String.join(", ", array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
        return value == JsonValue.TRUE ? "yes" : value == JsonValue.FALSE ? "no" : value.toString();
    }
}
