package dev.usher.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every environment variable the server reads, collected from its sources rather than listed by
 * hand, so a setting added anywhere shows up here: Liberty variables and {@code ${env.X}} in
 * server-config/liberty, MicroProfile Config names and {@code System.getenv} reads in the main
 * Java code. Each name maps to where it was found, for the failure messages.
 */
final class ServerSettings {

    /** The main Java sources of everything that runs in the server. */
    static final List<String> SOURCE_ROOTS = List.of("ejb-module/src/main/java", "web-module/src/main/java",
            "batch-jobs/src/main/java", "server-config/token-check/src/main/java");

    /**
     * Liberty variables that are not settings: the system identity's password hash is that of a
     * random value thrown away (server.xml says why); nobody is meant to set it.
     */
    static final Set<String> NOT_SETTINGS = Set.of("USHER_SYSTEM_PASSWORD_HASH");

    private static final Pattern LIBERTY_VARIABLE = Pattern.compile("<variable\\s+name=\"([^\"]+)\"");
    private static final Pattern LIBERTY_ENV = Pattern.compile("\\$\\{env\\.([A-Za-z0-9_]+)}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");
    private static final Pattern DOTTED_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)\"");
    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern ENV_MAP_READ = Pattern.compile("\\.get(?:OrDefault)?\\(\\s*\"([A-Z][A-Z0-9_]+)\"");
    private static final Pattern MP_JWT = Pattern.compile("\"(mp\\.jwt\\.[a-z.]+)\"");

    private ServerSettings() {
    }

    /** Environment variable name -> where the server reads it. */
    static Map<String, String> collect() {
        Map<String, String> found = new TreeMap<>();
        for (Path xml : files(Repository.path("server-config/liberty"), ".xml")) {
            String text = Repository.read(xml);
            String where = Repository.root().relativize(xml).toString();
            add(found, LIBERTY_VARIABLE, text, where + " <variable>", true);
            add(found, LIBERTY_ENV, text, where + " ${env.}", false);
        }
        for (String root : SOURCE_ROOTS) {
            List<Path> sources = files(Repository.path(root), ".java");
            // A package that reads MicroProfile Config programmatically keeps its property names as
            // constants (WhatsAppSettings); the names are those constants' dotted values.
            Set<Path> configPackages = sources.stream()
                    .filter(file -> Repository.read(file).contains("ConfigProvider.getConfig"))
                    .map(Path::getParent).collect(Collectors.toSet());
            for (Path source : sources) {
                String text = Repository.read(source);
                String where = Repository.root().relativize(source).toString();
                add(found, CONFIG_PROPERTY, text, where + " @ConfigProperty", true);
                add(found, CONFIG_LOOKUP, text, where + " Config lookup", true);
                add(found, MP_JWT, text, where + " MicroProfile JWT setting", true);
                if (configPackages.contains(source.getParent())) {
                    add(found, DOTTED_CONSTANT, text, where + " Config property constant", true);
                }
                add(found, GETENV, text, where + " System.getenv", false);
                // Code that takes the whole environment (System.getenv()) as a map, to be testable.
                if (text.contains("System.getenv()")) {
                    add(found, ENV_MAP_READ, text, where + " environment map", false);
                }
            }
        }
        NOT_SETTINGS.forEach(found::remove);
        return found;
    }

    /** MicroProfile Config's and Liberty's environment form of a property name. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The settings whose values are secrets: they belong in a Secret, never in a ConfigMap. */
    static boolean secret(String name) {
        return name.endsWith("_PASSWORD") || name.endsWith("_SECRET") || name.endsWith("_TOKEN") || name.endsWith("_KEY");
    }

    private static void add(Map<String, String> found, Pattern pattern, String text, String where, boolean property) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String name = property ? environmentName(matcher.group(1)) : matcher.group(1);
            found.putIfAbsent(name, where);
        }
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> names() {
        return new TreeSet<>(collect().keySet());
    }
}
