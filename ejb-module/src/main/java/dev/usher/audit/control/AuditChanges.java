package dev.usher.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The small JSON of an entry, from what the changing boundary has at hand (its input and view records,
 * or a map): a creation lists the fields set, a deletion the fields the subject had, an update only the
 * fields that differ, each as {@code {"before": .., "after": ..}}. A field whose name says token,
 * secret, password or key is never written, whatever a record later grows.
 */
public final class AuditChanges {

    private AuditChanges() {
    }

    /** {@code before} null: a creation; {@code after} null: a removal; both: an update (only the differences). */
    public static JsonObject of(Object before, Object after) {
        Map<String, Object> old = fields(before);
        Map<String, Object> now = fields(after);
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (before == null) {
            now.forEach((name, value) -> {
                if (value != null) {
                    json.add(name, value(value));
                }
            });
        } else if (after == null) {
            old.forEach((name, value) -> {
                if (value != null) {
                    json.add(name, value(value));
                }
            });
        } else {
            Map<String, Object> names = new LinkedHashMap<>(old);
            now.forEach(names::putIfAbsent);
            for (String name : names.keySet()) {
                Object was = old.get(name);
                Object is = now.get(name);
                if (!Objects.equals(was, is)) {
                    json.add(name, Json.createObjectBuilder().add("before", value(was)).add("after", value(is)));
                }
            }
        }
        return json.build();
    }

    /** Only these fields of a record (or map), in this order: the small part of a big view worth keeping. */
    public static Map<String, Object> pick(Object subject, String... names) {
        Map<String, Object> all = fields(subject);
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String name : names) {
            if (all.containsKey(name)) {
                picked.put(name, all.get(name));
            }
        }
        return picked;
    }

    static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("token") || lower.contains("secret") || lower.contains("password")
                || lower.contains("key");
    }

    private static Map<String, Object> fields(Object subject) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (subject == null) {
            return fields;
        }
        if (subject instanceof Map<?, ?> map) {
            map.forEach((name, value) -> fields.put(String.valueOf(name), value));
        } else if (subject instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.setAccessible(true); // a record need not be public to be audited
                    fields.put(component.getName(), accessor.invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        } else {
            throw new IllegalArgumentException("An audited subject is a record or a map, not " + subject.getClass());
        }
        fields.keySet().removeIf(AuditChanges::secret);
        return fields;
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return Json.createValue(new BigDecimal(value.toString()));
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Record || value instanceof Map<?, ?>) {
            return of(null, value);
        }
        return Json.createValue(value.toString()); // text, enums, ids, dates and times (ISO-8601)
    }
}
