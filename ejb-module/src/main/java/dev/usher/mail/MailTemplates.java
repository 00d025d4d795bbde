package dev.usher.mail;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Usher's e-mail templates: Pebble, from the {@code mail/} folder of the class path, HTML
 * autoescaping on (a guest named {@code <script>} is text); a plain-text template turns it off
 * itself ({@code autoescape false}).
 */
public final class MailTemplates {

    private static final PebbleEngine ENGINE = engine();

    private MailTemplates() {
    }

    public static PebbleTemplate get(String name) {
        return ENGINE.getTemplate(name);
    }

    public static String render(PebbleTemplate template, Map<String, Object> model) {
        StringWriter out = new StringWriter(8192);
        try {
            template.evaluate(out, model, Locale.ENGLISH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A header value on one line: a name with a line break must not start a new header. */
    public static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(MailTemplates.class.getClassLoader());
        loader.setPrefix("mail");
        loader.setCharset(StandardCharsets.UTF_8.name());
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .newLineTrimming(false).defaultLocale(Locale.ENGLISH).build();
    }
}
