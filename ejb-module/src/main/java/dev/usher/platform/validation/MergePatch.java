package dev.usher.platform.validation;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies an RFC 7396 JSON merge patch to an input record: absent members keep their
 * value, {@code null} clears one. The result is then validated like a full input, so
 * PATCH and POST share one set of rules. Values must fit their fields first ({@link JsonShape}):
 * JSON-B alone would wrap a too-large number or read a number as text.
 */
public final class MergePatch {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private MergePatch() {
    }

    public static <T extends Record> T apply(T current, JsonObject patch, Class<T> type) {
        if (patch == null) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        Set<String> known = Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        List<FieldError> unknown = patch.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .map(key -> new FieldError(key, "is not a field that can be changed"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        List<FieldError> misfits = JsonShape.errors(patch, type);
        if (!misfits.isEmpty()) {
            throw new InvalidInputException(misfits);
        }
        JsonValue base = Json.createReader(new StringReader(JSONB.toJson(current))).readValue();
        JsonValue merged = Json.createMergePatch(patch).apply(base);
        try {
            return JSONB.fromJson(merged.toString(), type);
        } catch (JsonbException e) {
            throw new InvalidInputException("body", "a field has a value of the wrong type");
        }
    }
}
