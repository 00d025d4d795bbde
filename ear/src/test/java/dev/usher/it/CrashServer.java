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
    private final String name = System.getProperty("usher.it.crash.serverName");
    private final String port = System.getProperty("usher.it.crash.httpPort");
    private final Path dir = wlp.resolve("usr/servers").resolve(name);

    CrashServer(String... extraEnvironment) {
        try {
            Files.createDirectories(dir.resolve("apps"));
            Files.copy(Path.of(System.getProperty("usher.ear")), dir.resolve("apps/usher.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dir.resolve("resources/security/key.p12"));
            Files.writeString(dir.resolve("server.env"), TestEnvironment.serverEnvFor(
                    System.getProperty("usher.it.crash.db.url"), port,
                    System.getProperty("usher.it.crash.httpsPort"), List.of(extraEnvironment)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's directory (its configDropins, logs...). */
    Path directory() {
        return dir;
    }

    Api.Reply get(Api caller, String path) {
        return caller.at(baseUrl()).get(path);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the server and waits until the application answers ready. */
    void start() {
        run("start");
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new AssertionError("The crash test server did not become ready");
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
            throw new IllegalStateException("Cannot kill the crash test server", e);
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
