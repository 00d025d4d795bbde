package dev.usher.it.support.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Usher started exactly as the README says, {@code mvn -Prun package}, as a child process of
 * the test: the same profile and goals on the artifacts this build made (their compilation is
 * up to date, so Maven only repackages), with the README's environment variables for its own
 * ports and database, and its own server name so a developer's {@code usher} server is left
 * alone. Only the tests are skipped: they are what runs this.
 */
public final class ReadmeServer implements AutoCloseable {

    private final String name = System.getProperty("usher.it.run.serverName");
    private final String baseUrl = "http://localhost:" + System.getProperty("usher.it.run.httpPort");
    private final Path dir = Path.of(System.getProperty("usher.it.run.dir"));
    private final Path log = dir.resolve("mvn-run.log");
    private final Process maven;

    public ReadmeServer() {
        List<String> command = new ArrayList<>(List.of(System.getProperty("usher.it.run.maven"), "-B", "-Prun",
                "package", "-Dmaven.test.skip=true", "-DskipITs=true", "-Drun.server.name=" + name));
        try {
            Files.createDirectories(dir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(Path.of(System.getProperty("usher.it.run.projectDir")).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            // What the developer's shell may have set for their own server does not apply here.
            env.keySet().removeIf(key -> key.startsWith("USHER_") || key.startsWith("MP_JWT_")
                    || key.startsWith("WHATSAPP_") || key.startsWith("SMTP_") || key.startsWith("DB_"));
            env.put("DB_URL", System.getProperty("usher.it.run.db.url"));
            env.put("DB_USER", System.getProperty("usher.it.db.user"));
            env.put("DB_PASSWORD", System.getProperty("usher.it.db.password", ""));
            env.put("HTTP_PORT", System.getProperty("usher.it.run.httpPort"));
            env.put("HTTPS_PORT", System.getProperty("usher.it.run.httpsPort"));
            env.put("USHER_DEV_ISSUER_KEY_DIR", dir.resolve("dev-issuer").toString());
            maven = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    /** Where this run's development issuer keeps its key (and the development RSVP link secret). */
    public Path devIssuerKeyDirectory() {
        return dir.resolve("dev-issuer");
    }

    public String baseUrl() {
        return baseUrl;
    }

    private void awaitReady() {
        try {
            Readiness.await(baseUrl, Duration.ofMinutes(15), () -> {
                if (!maven.isAlive()) {
                    throw new AssertionError("mvn -Prun package ended (exit " + maven.exitValue() + ") before Usher was ready; see " + log);
                }
            }, "Usher started by mvn -Prun package (see " + log + ")");
        } catch (AssertionError e) {
            close();
            throw e;
        }
    }

    /** Stops the server as a developer would (Liberty's own stop; Maven then ends by itself). */
    @Override
    public void close() {
        Path server = Path.of(System.getProperty("usher.it.wlpHome"), "bin", "server");
        try {
            new ProcessBuilder(server.toString(), "stop", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor(2, TimeUnit.MINUTES);
            if (!maven.waitFor(2, TimeUnit.MINUTES)) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
