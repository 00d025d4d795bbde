package dev.usher.rsvp.control;

import dev.usher.events.entity.RsvpSettings;
import dev.usher.platform.validation.PageLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guest-facing texts of one language ({@code guest-texts/<language>.properties}, UTF-8), with
 * English for any key a language lacks. Read once per language.
 */
public final class GuestTexts {

    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    private GuestTexts() {
    }

    /** The texts of {@code language}, if it has a file. */
    public static Optional<Map<String, String>> of(String language) {
        Map<String, String> loaded = language == null ? null : LOADED.get(language);
        if (loaded != null) {
            return Optional.of(loaded); // every page, answer and e-mail asks: no class-path lookup again
        }
        if (!PageLanguage.Check.supported(language)) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(language, GuestTexts::load));
    }

    /** The texts of {@code language}, or English. */
    public static Map<String, String> orDefault(String language) {
        return of(language).orElseGet(() -> of(RsvpSettings.DEFAULT_LANGUAGE).orElseThrow());
    }

    private static Map<String, String> load(String language) {
        Map<String, String> texts = new TreeMap<>();
        if (!language.equals(RsvpSettings.DEFAULT_LANGUAGE)) {
            texts.putAll(read(RsvpSettings.DEFAULT_LANGUAGE));
        }
        texts.putAll(read(language));
        return Map.copyOf(texts);
    }

    private static Map<String, String> read(String language) {
        Properties properties = new Properties();
        try (InputStream in = GuestTexts.class.getClassLoader()
                .getResourceAsStream(PageLanguage.TEXTS_FOLDER + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
