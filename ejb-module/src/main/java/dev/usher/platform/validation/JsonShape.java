package dev.usher.platform.validation;

import dev.usher.platform.errors.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Strict JSON: does a parsed body fit the Java type it is bound to, before JSON-B binds it?
 * JSON-B is lenient where it matters: it wraps {@code 4294967301} into an int as 5, reads
 * {@code 123} as the text "123" and {@code "yes"} as false. Here a number must be whole and fit
 * its field (the message gives the field's range), text must be a JSON string, a flag true or
 * false, an enum one of its words, an id a UUID, a date a date; every mismatch is a field error
 * with its path ({@code guests[3].partySize}). Members the type does not have are left to the
 * caller (a POST ignores them, a merge patch refuses them). Values that fit are left to Bean
 * Validation, so its messages stay the ones callers know.
 */
public final class JsonShape {

    private JsonShape() {
    }

    /** Every mismatch between {@code value} and {@code type}, the body itself named {@code body}. */
    public static List<FieldError> errors(JsonValue value, Type type) {
        List<FieldError> errors = new ArrayList<>();
        check(value, type, "", null, errors);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, RecordComponent component, List<FieldError> errors) {
        if (errors.size() >= 50 || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // absent and null are Bean Validation's to judge (@NotNull)
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (JsonObject.class.isAssignableFrom(raw) && !(value instanceof JsonObject)) {
                errors.add(new FieldError(field, "must be a JSON object"));
            } else if (JsonArray.class.isAssignableFrom(raw) && !(value instanceof JsonArray)) {
                errors.add(new FieldError(field, "must be a JSON array"));
            }
        } else if (raw == String.class) {
            expect(value instanceof JsonString, field, "must be text (a JSON string)", errors);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(value == JsonValue.TRUE || value == JsonValue.FALSE, field, "must be true or false", errors);
        } else if (raw == Integer.class || raw == int.class) {
            whole(value, field, component, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == Long.class || raw == long.class) {
            whole(value, field, component, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == Short.class || raw == short.class) {
            whole(value, field, component, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        } else if (raw.isEnum()) {
            // JSON-B binds an enum by its name(), so that is the word a caller must send.
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String words = String.join(", ", names);
            boolean known = value instanceof JsonString text && names.contains(text.getString());
            expect(known, field, "must be one of " + words, errors);
        } else if (raw == UUID.class) {
            parsedText(value, UUID::fromString, field, "must be an id (a UUID)", errors);
        } else if (raw == LocalDate.class) {
            parsedText(value, LocalDate::parse, field, "must be a date such as 2027-06-01", errors);
        } else if (raw == LocalTime.class) {
            parsedText(value, LocalTime::parse, field, "must be a time such as 18:30", errors);
        } else if (raw == OffsetDateTime.class) {
            parsedText(value, OffsetDateTime::parse, field, "must be a date and time such as 2027-06-01T18:30:00Z", errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new FieldError(field, "must be a JSON array"));
                return;
            }
            Type element = argument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", null, errors);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new FieldError(field, "must be a JSON object"));
                return;
            }
            Type member = argument(type, 1);
            object.forEach((key, v) -> check(v, member, join(path, key), null, errors));
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new FieldError(field, "must be a JSON object"));
                return;
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                check(object.get(c.getName()), c.getGenericType(), join(path, c.getName()), c, errors);
            }
        }
        // Any other type (Object, BigDecimal...) is JSON-B's to bind as it is.
    }

    private static void whole(JsonValue value, String field, RecordComponent component, long typeMin, long typeMax,
                              List<FieldError> errors) {
        long min = typeMin;
        long max = typeMax;
        if (component != null) {
            Min low = component.getAccessor().getAnnotation(Min.class);
            Max high = component.getAccessor().getAnnotation(Max.class);
            min = low == null ? typeMin : Math.max(typeMin, low.value());
            max = high == null ? typeMax : Math.min(typeMax, high.value());
        }
        boolean fits = false;
        if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.bigDecimalValue();
            fits = decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0
                    && decimal.compareTo(BigDecimal.valueOf(typeMin)) >= 0
                    && decimal.compareTo(BigDecimal.valueOf(typeMax)) <= 0;
        }
        expect(fits, field, "must be a whole number from " + min + " to " + max, errors);
    }

    private static void expect(boolean holds, String field, String message, List<FieldError> errors) {
        if (!holds) {
            errors.add(new FieldError(field, message));
        }
    }

    /** A JSON string that {@code parse} accepts (ids, dates, times), else {@code message}. */
    private static void parsedText(JsonValue value, Function<String, ?> parse, String field, String message,
                                   List<FieldError> errors) {
        boolean parsed;
        try {
            parsed = value instanceof JsonString text && parse.apply(text.getString()) != null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            parsed = false;
        }
        expect(parsed, field, message, errors);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
