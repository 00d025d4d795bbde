package dev.usher.it.support.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A change to the test server's configuration (a configDropins file), applied: waits until Liberty says so. */
public final class ServerConfiguration {

    public interface Change {
        void run() throws IOException;
    }

    private ServerConfiguration() {
    }

    /**
     * Makes the change and waits until Liberty logs that it applied a configuration update
     * (CWWKG0017I, or CWWKG0018I when nothing needed updating). Bounded; nothing asserted about how long it took.
     */
    public static void apply(Change change) throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("usher.it.serverDir"), "logs", "messages.log");
        long before = updates(log);
        change.run();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (updates(log) == before) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Liberty did not apply the configuration change within 60 s");
            }
            Thread.sleep(100);
        }
    }

    private static long updates(Path log) throws IOException {
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("CWWKG0017I") || l.contains("CWWKG0018I")).count();
        }
    }
}
