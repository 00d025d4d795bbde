package dev.usher.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One {@code POST {base}/{version}/{phone-number-id}/messages} to the WhatsApp Cloud API with
 * the bearer token, by the JDK's HTTP client (no extra dependency, and full control over
 * timeouts and headers). It makes exactly one call: retrying is the sender's decision. The
 * token goes only into the Authorization header, never into a message or an exception.
 */
@ApplicationScoped
public class GraphApiClient implements WhatsAppCloud {

    /** Looked up once: each {@code Json.create...} call looks the provider up again (a service-loader scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public GraphReply send(WhatsAppSettings settings, String e164, WhatsAppMessage message) {
        return post(settings, WhatsAppPayloads.request(e164, message));
    }

    GraphReply post(WhatsAppSettings settings, JsonObject message) {
        HttpRequest request = HttpRequest.newBuilder(settings.messagesUri())
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.accessToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new GraphReply.Rejected(GraphApiError.network(
                    "Could not reach the WhatsApp Cloud API: " + e.getClass().getSimpleName()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GraphReply.Rejected(GraphApiError.network("Interrupted while calling the WhatsApp Cloud API"),
                    null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return messageId(response.body())
                    .<GraphReply>map(GraphReply.Accepted::new)
                    .orElseGet(() -> new GraphReply.Rejected(new GraphApiError(status, null, null,
                            "The Cloud API answered " + status + " without a message id", null), null));
        }
        return new GraphReply.Rejected(GraphApiError.parse(status, response.body(), settings.accessToken()),
                retryAfter(response));
    }

    /** {@code {"messages":[{"id":"wamid..."}]}}. */
    static Optional<String> messageId(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject root = reader.readObject();
            JsonArray messages = root.getJsonArray("messages");
            if (messages == null || messages.isEmpty()) {
                return Optional.empty();
            }
            String id = messages.getJsonObject(0).getString("id", null);
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(id);
        } catch (ClassCastException | IllegalStateException | jakarta.json.JsonException e) {
            return Optional.empty();
        }
    }

    /** Retry-After in seconds (the HTTP-date form is not used by Meta and is ignored). */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
