package dev.usher.messaging.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-guest placeholders in message text: {@code {firstName}}, {@code {lastName}},
 * {@code {fullName}}, {@code {eventName}} and {@code {rsvpLink}} (the guest's personal RSVP page).
 * Single braces, so they cannot be mistaken for a
 * template's own {{1}} parameters. Any other {@code {word}} is an error, found before a
 * broadcast starts rather than shown to a thousand guests.
 */
public final class Placeholders {

    /** Filled only in messages that use it: it makes the guest's RSVP link when first needed. */
    public static final String RSVP_LINK = "rsvpLink";
    public static final List<String> NAMES = List.of("firstName", "lastName", "fullName", "eventName", RSVP_LINK);
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\{)\\{([A-Za-z][A-Za-z0-9]*)}(?!})");

    private Placeholders() {
    }

    /** The values for one guest; null parts become empty. */
    public static Map<String, String> of(String firstName, String lastName, String eventName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", nullToEmpty(firstName));
        values.put("lastName", nullToEmpty(lastName));
        values.put("fullName", (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).strip());
        values.put("eventName", nullToEmpty(eventName));
        return values;
    }

    /** Whether {@code text} uses the placeholder {@code name}. */
    public static boolean uses(String text, String name) {
        if (text == null) {
            return false;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Placeholders in {@code text} that Usher does not know, in order of appearance. */
    public static List<String> unknown(String text) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1)) && !unknown.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
