package dev.usher.it.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crash tests' server: they need a process to kill -9 mid-job and start again, which
 * Arquillian's managed server is not. It trusts the same test key (as a PEM file) and talks to
 * the same Graph API stand-in as the main test server. Its peer is a second such server on the
 * same database, for jobs that cross servers.
 */
public final class CrashServer extends LibertyProcess {

    private final String httpsPort;

    /** The crash server, with these lines added to (or replacing those of) its environment. */
    public CrashServer(String... extraEnvironment) {
        this("usher.it.crash", extraEnvironment);
    }

    /**
     * The crash server's peer: a second server with the same configuration on the same database
     * (its own ports), for jobs that cross servers.
     */
    public static CrashServer peer(String... extraEnvironment) {
        return new CrashServer("usher.it.peer", extraEnvironment);
    }

    private CrashServer(String properties, String... extraEnvironment) {
        super(System.getProperty(properties + ".serverName"), System.getProperty(properties + ".httpPort"),
                lastWins(TestEnvironment.serverEnvFor(System.getProperty("usher.it.crash.db.url"),
                        System.getProperty(properties + ".httpPort"), System.getProperty(properties + ".httpsPort"),
                        List.of(extraEnvironment))));
        this.httpsPort = System.getProperty(properties + ".httpsPort");
    }

    /** Keeps the last line of each variable, so an extra line replaces the default one. */
    private static String lastWins(String environment) {
        Map<String, String> lines = new LinkedHashMap<>();
        environment.lines().forEach(line -> {
            String key = line.startsWith("#") || !line.contains("=") ? line : line.substring(0, line.indexOf('='));
            lines.remove(key);
            lines.put(key, line);
        });
        return String.join("\n", lines.values()) + "\n";
    }

    /**
     * Makes this server use {@code other}'s TLS key and keystore password (call before starting
     * it, after {@code other} started): servers that forward Liberty's batch REST calls to each
     * other must trust each other's certificate, as servers behind one load balancer share one.
     */
    public void shareKeystoreOf(CrashServer other) {
        try {
            Path key = directory().resolve("resources/security/key.p12");
            Files.createDirectories(key.getParent());
            Files.copy(other.directory().resolve("resources/security/key.p12"), key, StandardCopyOption.REPLACE_EXISTING);
            Path env = directory().resolve("server.env");
            String password = Files.readString(other.directory().resolve("server.env")).lines()
                    .filter(l -> l.startsWith("keystore_password=")).findFirst().orElseThrow();
            Files.writeString(env, lastWins(Files.readString(env) + password + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String httpsUrl() {
        return "https://localhost:" + httpsPort;
    }
}
