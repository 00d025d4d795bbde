package dev.usher.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server with the real EAR that a test starts and kills by itself: the crash tests
 * need a process to kill -9 mid-job and start again, which Arquillian's managed server is not.
 * It trusts the same test key and talks to the same Graph API stand-in as the main test server.
 */
final class CrashServer implements AutoCloseable {

    private final Path wlp = Path.of(System.getProperty("usher.it.wlpHome"));
    private final String name;
    private final String port;
    private final String httpsPort;
    private final Path dir;

    /** The crash server, with these lines added to (or replacing those of) its environment. */
    CrashServer(String... extraEnvironment) {
        this("usher.it.crash", extraEnvironment);
    }

    /**
     * The crash server's peer: a second server with the same configuration on the same database
     * (its own ports), for jobs that cross servers.
     */
    static CrashServer peer(String... extraEnvironment) {
        return new CrashServer("usher.it.peer", extraEnvironment);
    }

    private CrashServer(String properties, String... extraEnvironment) {
        name = System.getProperty(properties + ".serverName");
        port = System.getProperty(properties + ".httpPort");
        httpsPort = System.getProperty(properties + ".httpsPort");
        dir = wlp.resolve("usr/servers").resolve(name);
        try {
            Files.createDirectories(dir.resolve("apps"));
            Files.copy(Path.of(System.getProperty("usher.ear")), dir.resolve("apps/usher.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dir.resolve("resources/security/key.p12"));
            Files.writeString(dir.resolve("server.env"), lastWins(TestEnvironment.serverEnvFor(
                    System.getProperty("usher.it.crash.db.url"), port, httpsPort, List.of(extraEnvironment))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the last line of each variable, so an extra line replaces the default one. */
    private static String lastWins(String environment) {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
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
    void shareKeystoreOf(CrashServer other) {
        try {
            Path key = dir.resolve("resources/security/key.p12");
            Files.createDirectories(key.getParent());
            Files.copy(other.dir.resolve("resources/security/key.p12"), key, StandardCopyOption.REPLACE_EXISTING);
            String password = Files.readString(other.dir.resolve("server.env")).lines()
                    .filter(l -> l.startsWith("keystore_password=")).findFirst().orElseThrow();
            Files.writeString(dir.resolve("server.env"), lastWins(Files.readString(dir.resolve("server.env"))
                    + password + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String httpsUrl() {
        return "https://localhost:" + httpsPort;
    }

    Api.Reply get(Api caller, String path) {
        return caller.at(baseUrl()).get(path);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the server unless it answers ready already. */
    void ensureStarted() {
        if (!ready()) {
            start();
        }
    }

    /** Starts the server and waits until the application answers ready. */
    void start() {
        run("start");
        // Minutes, not seconds: on a busy machine the application alone took 110 s to start.
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(giveUp)) {
            if (ready()) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("The test server " + name + " did not become ready");
    }

    private boolean ready() {
        try {
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening (yet)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills the server's JVM at once (SIGKILL): no shutdown, no last commit. */
    void kill() {
        try {
            Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly();
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot kill the test server " + name, e);
        }
    }

    @Override
    public void close() {
        run("stop");
    }

    private void run(String action) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolveSibling(name + "-control.log").toFile()))
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " did not finish");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
