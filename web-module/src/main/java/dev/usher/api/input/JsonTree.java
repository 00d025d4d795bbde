package dev.usher.api.input;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.NulCharacter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one JSON value strictly: a member named twice in one object, U+0000 in a string or a
 * member name, or nesting deeper than {@value #MAX_DEPTH} is a 422 naming where it was (JSON-P
 * would keep the last duplicate, PostgreSQL would fail on the NUL, and deep nesting costs stack).
 * Broken syntax stays a {@link JsonParsingException} (400 with line and column).
 */
public final class JsonTree {

    static final int MAX_DEPTH = 64;
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonParser parser;

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    public static JsonValue read(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
            return new JsonTree(parser).whole();
        }
    }

    public static JsonValue read(Reader in) {
        try (JsonParser parser = JSON.createParser(in)) {
            return new JsonTree(parser).whole();
        }
    }

    private JsonValue whole() {
        JsonValue value = value(parser.next(), "", 0);
        if (parser.hasNext()) {
            parser.next(); // throws: something follows the value
        }
        return value;
    }

    private JsonValue value(JsonParser.Event event, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw refuse(path, "is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (event) {
            case START_OBJECT -> object(path, depth);
            case START_ARRAY -> array(path, depth);
            case VALUE_STRING -> {
                String text = parser.getString();
                if (NulCharacter.in(text)) {
                    throw refuse(path, NulCharacter.MESSAGE);
                }
                yield JSON.createValue(text);
            }
            case VALUE_NUMBER -> number(path);
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new JsonParsingException("Unexpected " + event, parser.getLocation());
        };
    }

    private JsonValue number(String path) {
        try {
            return JSON.createValue(parser.getBigDecimal());
        } catch (NumberFormatException | ArithmeticException e) {
            throw refuse(path, "is a number too large to read"); // such as 1e9999999999
        }
    }

    private JsonValue object(String path, int depth) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> seen = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String member = path.isEmpty() ? key : path + "." + key;
            if (NulCharacter.in(key)) {
                throw refuse(path.isEmpty() ? "body" : path, "has a member name that " + NulCharacter.MESSAGE);
            }
            if (!seen.add(key)) {
                throw refuse(member, "is given twice");
            }
            object.add(key, value(parser.next(), member, depth + 1));
        }
        return object.build();
    }

    private JsonValue array(String path, int depth) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        int i = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(event, path + "[" + i++ + "]", depth + 1));
        }
        return array.build();
    }

    private static InvalidInputException refuse(String path, String message) {
        return new InvalidInputException(java.util.List.of(new FieldError(path.isEmpty() ? "body" : path, message)));
    }
}
