package dev.usher.invitations.control;

import dev.usher.events.entity.RsvpSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the e-mails a guest receives (invitation, reminder, confirmation of an answer) in the
 * event's language: {@code mail/guest/texts/<language>.properties} (UTF-8), English for a missing key
 * or a language without a file. Read once per language. The templates get {@link #words} with every
 * {@code {placeholder}} filled in; the HTML template escapes the result, so a value is never markup.
 */
public final class GuestMailTexts {

    /** Where the texts of language {@code xx} are: {@code mail/guest/texts/xx.properties}. */
    public static final String FOLDER = "mail/guest/texts/";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Map<String, GuestMailTexts> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> texts;

    private GuestMailTexts(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts of {@code language} (null: the default, English); English if it has no file. */
    public static GuestMailTexts of(String language) {
        String wanted = language == null || !language.matches("[a-z]{2,3}") ? RsvpSettings.DEFAULT_LANGUAGE : language;
        return LOADED.computeIfAbsent(wanted, GuestMailTexts::load);
    }

    private static GuestMailTexts load(String language) {
        Map<String, String> texts = new HashMap<>(read(RsvpSettings.DEFAULT_LANGUAGE));
        Map<String, String> own = language.equals(RsvpSettings.DEFAULT_LANGUAGE) ? Map.of() : read(language);
        // A language without a file is written in English, and says so (lang="en").
        String written = own.isEmpty() ? RsvpSettings.DEFAULT_LANGUAGE : language;
        texts.putAll(own);
        return new GuestMailTexts(written, Map.copyOf(texts));
    }


    /** The file's keys and texts; empty when there is no file for the language. */
    static Map<String, String> read(String language) {
        Properties properties = new Properties();
        try (InputStream in = GuestMailTexts.class.getClassLoader().getResourceAsStream(FOLDER + language + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    /** The language these texts are in (the requested one, or English when it has no file). */
    public String language() {
        return language;
    }

    /** {@code ltr} or {@code rtl}. */
    public String direction() {
        return texts.get("direction");
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text of {@code key} with its {@code {name}} placeholders replaced by {@code values}. */
    public String get(String key, Map<String, ?> values) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No guest mail text " + key);
        }
        // One pass, so a value that contains "{event}" (a guest's name, say) stays as it was typed.
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String replacement = values.containsKey(name)
                    ? (values.get(name) == null ? "" : values.get(name).toString()) : placeholder.group();
            placeholder.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    public String get(String key) {
        return get(key, Map.of());
    }

    /** Every text with the placeholders filled in, as the templates read them ({@code t["invitation.heading"]}). */
    public Map<String, String> words(Map<String, ?> values) {
        Map<String, String> words = new HashMap<>();
        texts.keySet().forEach(key -> words.put(key, get(key, values)));
        return words;
    }

    /**
     * What every guest template reads: {@code t} (the {@link #words}), {@code lang}, {@code dir} and
     * {@code start} (the side a line starts on, for inline CSS: {@code left} or {@code right}).
     */
    public Map<String, Object> model(Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", words(values));
        model.put("lang", language);
        model.put("dir", direction());
        model.put("start", "rtl".equals(direction()) ? "right" : "left");
        return model;
    }

    /** The event's date and time in words of this language, with its time zone; null without a date. */
    public String when(LocalDate date, LocalTime startTime, String timeZone) {
        if (date == null) {
            return null;
        }
        String day = DateTimeFormatter.ofPattern(texts.get("format.date"), locale()).format(date);
        if (startTime == null) {
            return day;
        }
        String when = get("when.dateTime", Map.of("date", day,
                "time", DateTimeFormatter.ofPattern(texts.get("format.time"), locale()).format(startTime)));
        return timeZone == null ? when : get("when.zone", Map.of("when", when, "zone", timeZone));
    }

    /** An instant (the RSVP deadline) in the event's time zone (UTC when it has none), in words. */
    public String moment(OffsetDateTime at, String timeZone) {
        ZoneId zone = ZoneOffset.UTC;
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                zone = ZoneOffset.UTC;
            }
        }
        var local = at.atZoneSameInstant(zone);
        return when(local.toLocalDate(), local.toLocalTime(), zone.getId().equals("Z") ? "UTC" : zone.getId());
    }
}
