package dev.usher.it.support.browsers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Deque's axe-core accessibility rules, run in the page a browser shows. The script comes from
 * the axe-core WebJar on the test classpath (never from the server under test) and is injected
 * as is; the audit covers the WCAG 2.0 and 2.1 level A and AA rules.
 */
public final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String SOURCE = read(WEBJAR + version() + "/axe.min.js");

    /** What axe reports of one rule: its id, impact, help and the selectors of the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " -> " + String.join(" | ", targets);
        }
    }

    private Axe() {
    }

    /** Runs the audit on the whole document as it is now and answers every violation found. */
    @SuppressWarnings("unchecked")
    public static List<Violation> audit(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(SOURCE);
        }
        // A limit only so that a hung page cannot hang the build; the audit itself takes seconds.
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                    resultTypes: ['violations'] })
                  .then((r) => done(r.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map((n) => n.target.join(' ')) }))))
                  .catch((e) => done([{ rule: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
                """);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("targets"))).toList();
    }

    /**
     * Audits the page once its own loads have finished (what a user gets to read) and answers its
     * serious and critical violations as "page: rule (impact): help -> targets"; minor and
     * moderate ones are printed for the record.
     */
    public static List<String> serious(Browser browser, String page) {
        browser.waitUntil(d -> !Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('p, h1')].some((e) => /^Loading/.test(e.textContent.trim()))")));
        browser.screenshot("a11y-" + page.replace(' ', '-'));
        List<Violation> found = audit(browser);
        found.forEach(v -> System.out.println("axe on " + page + ": " + v));
        return found.stream().filter(Violation::serious).map(v -> page + ": " + v).toList();
    }

    private static String version() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath (the axe-core WebJar)");
        }
        return in;
    }
}
