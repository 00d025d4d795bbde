package dev.usher.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variables the README's configuration table names (section "## Configuration"). */
final class ReadmeConfiguration {

    private static final Pattern NAME = Pattern.compile("`([A-Z_][A-Z0-9_]*)`");

    private ReadmeConfiguration() {
    }

    static Set<String> names() {
        String readme = Repository.read("README.md");
        int start = readme.indexOf("\n## Configuration\n");
        if (start < 0) {
            throw new IllegalStateException("README.md has no \"## Configuration\" section");
        }
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> names = new TreeSet<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                names.addAll(firstCell(line.split("\\|")[1]));
            }
        }
        return names;
    }

    /**
     * A cell names one variable or several ({@code `DB_USER` / `DB_PASSWORD`}); a name starting
     * with an underscore shares the first one's prefix ({@code `USHER_MAIL_SUPPORT_EMAIL` /
     * `_PHONE`} is {@code USHER_MAIL_SUPPORT_PHONE}).
     */
    static Set<String> firstCell(String cell) {
        Set<String> names = new TreeSet<>();
        String prefix = "";
        Matcher matcher = NAME.matcher(cell);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name.startsWith("_")) {
                names.add(prefix + name);
            } else {
                names.add(name);
                prefix = name.substring(0, Math.max(0, name.lastIndexOf('_')));
            }
        }
        return names;
    }
}
