package dev.usher.it.support.servers;

import dev.usher.it.support.clients.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server with the real EAR, configured as the README says (server-config and a
 * server.env), that a test starts, stops or kills by itself, without Arquillian: the crash
 * tests' server and the server that trusts Keycloak. The Maven build creates the server.
 */
class LibertyProcess implements AutoCloseable {

    private final Path wlp = Path.of(System.getProperty("usher.it.wlpHome"));
    private final String name;
    private final String port;
    private final Path dir;

    /** The server {@code name} (created by the build), listening on {@code port}, with this server.env. */
    LibertyProcess(String name, String port, String serverEnv) {
        this.name = name;
        this.port = port;
        this.dir = wlp.resolve("usr/servers").resolve(name);
        try {
            Files.createDirectories(dir.resolve("apps"));
            Files.copy(Path.of(System.getProperty("usher.ear")), dir.resolve("apps/usher.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dir.resolve("resources/security/key.p12"));
            Files.writeString(dir.resolve("server.env"), serverEnv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's directory (its configDropins, logs...). */
    public Path directory() {
        return dir;
    }

    public Api.Reply get(Api caller, String path) {
        return caller.at(baseUrl()).get(path);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the server and waits until the application answers ready. */
    public void start() {
        run("start");
        // Minutes, not seconds: on a busy machine the application alone took 110 s to start.
        Readiness.await(baseUrl(), Duration.ofMinutes(6), () -> { }, "The test server " + name);
    }

    /** Starts the server unless it answers ready already. */
    public void ensureStarted() {
        if (!Readiness.now(baseUrl())) {
            start();
        }
    }

    /** Kills the server's JVM at once (SIGKILL): no shutdown, no last commit. */
    public void kill() {
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
            // `server start` itself waits for the kernel, which took over 3 minutes on a loaded machine.
            if (!process.waitFor(6, TimeUnit.MINUTES)) {
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

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
