package dev.usher.it.support.servers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waiting for a server a test started itself until Usher answers ready: {@code /health/ready}
 * 200 with Usher's own database check (an empty readiness answer can come earlier). The
 * deadline only keeps a broken server from hanging the build; it is not a test of speed.
 */
final class Readiness {

    private Readiness() {
    }

    /** Whether Usher at {@code baseUrl} answers ready right now. */
    static boolean now(String baseUrl) {
        try {
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200 && ready.body().contains("\"database\"");
        } catch (IOException e) {
            return false; // not listening (yet)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits; {@code stillStarting} is called between polls and may throw if the start already failed. */
    static void await(String baseUrl, Duration patience, Runnable stillStarting, String what) {
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp)) {
            stillStarting.run();
            if (now(baseUrl)) {
                return;
            }
            LibertyProcess.sleep(500);
        }
        throw new AssertionError(what + " was not ready after " + patience.toMinutes() + " minutes");
    }
}
