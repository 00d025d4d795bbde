package dev.usher.api.problems;

import jakarta.json.stream.JsonParsingException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable account of why a JSON body could not be read, without Java class names:
 * where the syntax broke, or which property had a value of the wrong type.
 */
final class JsonErrors {

    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\S*)");
    private static final Pattern PROPERTY = Pattern.compile("property '?(\\w+)'?");

    private JsonErrors() {
    }

    static String describe(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                return "The body is not valid JSON (line " + parsing.getLocation().getLineNumber()
                        + ", column " + parsing.getLocation().getColumnNumber() + ")";
            }
        }
        String all = chainText(thrown);
        String property = find(PROPERTY, all, 1);
        Matcher enumMatch = ENUM.matcher(all);
        if (enumMatch.find()) {
            String allowed = allowedValues(enumMatch.group(1));
            return (property == null ? "A value" : "'" + property + "'") + " must be one of " + allowed
                    + ", not '" + enumMatch.group(2) + "'";
        }
        if (property != null) {
            return "'" + property + "' has a value of the wrong type";
        }
        return "The body is not valid JSON for this request";
    }

    private static String allowedValues(String enumClass) {
        try {
            Object[] constants = Class.forName(enumClass, false, JsonErrors.class.getClassLoader()).getEnumConstants();
            if (constants != null) {
                return String.join(", ", java.util.Arrays.stream(constants).map(Object::toString).toList());
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // fall through
        }
        return "the documented values";
    }

    private static String chainText(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append(' ').append(t.getMessage());
        }
        return text.toString();
    }

    private static String find(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(group) : null;
    }
}
