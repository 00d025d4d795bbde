package dev.usher.google;

import dev.usher.platform.errors.BadGatewayException;
import dev.usher.platform.errors.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Google's HTTP endpoints: the token endpoint (code exchange with the PKCE verifier, refresh),
 * revocation, and GETs of the People API. A People API 429 is retried after the Retry-After it
 * names (at most {@value #MAX_ATTEMPTS} attempts, a wait of at most {@link #MAX_WAIT}); a 401
 * is a {@link GoogleRefusal} for the caller to refresh. Nothing it logs or throws quotes a token,
 * a code or the client secret: Google's error bodies are reduced to their {@code error} code.
 */
@ApplicationScoped
public class GoogleClient {

    private static final Logger LOG = Logger.getLogger(GoogleClient.class.getName());
    static final int MAX_ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The authorization code exchanged, with the PKCE verifier that matches the challenge sent. */
    public GoogleTokens exchange(GoogleSettings settings, String code, String verifier, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", verifier);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        JsonObject json = token(settings, form);
        if (!json.containsKey("refresh_token")) {
            throw new BadGatewayException("Google granted no refresh token (offline access); connect again", Map.of());
        }
        return tokens(json);
    }

    /** A fresh access token from the stored refresh token. */
    public GoogleTokens refresh(GoogleSettings settings, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        return tokens(token(settings, form));
    }

    /** Asks Google to revoke the grant; true when Google confirmed it or no longer knows the token. */
    public boolean revoke(GoogleSettings settings, String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.revokeUrl()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", token)))).build(), "revocation");
        if (response.statusCode() == 200 || response.statusCode() == 400) {
            return true; // 400: invalid_token, already revoked or expired
        }
        LOG.warning("Google's revocation endpoint answered " + response.statusCode());
        return false;
    }

    /** A GET of the People API (path and query after its base URL) with the access token. */
    public JsonObject people(GoogleSettings settings, String pathAndQuery, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.peopleBase() + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET().build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request, "People API");
            int status = response.statusCode();
            if (status == 200) {
                return parse(response.body(), "People API");
            }
            if (status == 401) {
                throw new GoogleRefusal(GoogleRefusal.Kind.ACCESS_TOKEN_EXPIRED, "The access token was refused");
            }
            if ((status == 429 || status == 503) && attempt < MAX_ATTEMPTS) {
                Duration wait = retryAfter(response);
                LOG.info("Google's People API answered " + status + "; retrying in " + wait.toMillis() + " ms");
                sleep(wait);
                continue;
            }
            if (status == 429 || status == 503) {
                throw new ServiceUnavailableException("Google's People API is throttling Usher (" + status
                        + " after " + MAX_ATTEMPTS + " attempts); try again in a minute", Map.of());
            }
            throw new BadGatewayException("Google's People API answered " + status + errorCode(response.body()),
                    Map.of());
        }
    }

    private JsonObject token(GoogleSettings settings, Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), "token endpoint");
        if (response.statusCode() == 200) {
            return parse(response.body(), "token endpoint");
        }
        String code = errorCode(response.body());
        if (response.statusCode() == 400 && code.contains("invalid_grant")) {
            throw new GoogleRefusal(GoogleRefusal.Kind.GRANT_REVOKED, "Google refused the grant" + code);
        }
        throw new BadGatewayException("Google's token endpoint answered " + response.statusCode() + code, Map.of());
    }

    private static GoogleTokens tokens(JsonObject json) {
        if (!json.containsKey("access_token")) {
            throw new BadGatewayException("Google's token endpoint answered without an access token", Map.of());
        }
        return new GoogleTokens(json.getString("access_token"), json.getJsonNumber("expires_in") == null ? 3600
                : json.getJsonNumber("expires_in").longValue(), json.getString("refresh_token", null));
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BadGatewayException("Google's " + what + " could not be reached: " + e.getClass().getSimpleName(),
                    Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadGatewayException("Interrupted while calling Google's " + what, Map.of());
        }
    }

    private static JsonObject parse(String body, String what) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadGatewayException("Google's " + what + " answered something that is not a JSON object", Map.of());
        }
    }

    /** Google's error code (", invalid_grant"), never the body itself: it may echo what was sent. */
    private static String errorCode(String body) {
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            if (json.get("error") instanceof jakarta.json.JsonString code && code.getString().matches("[a-z_]{1,64}")) {
                return ", " + code.getString();
            }
            if (json.get("error") instanceof JsonObject error && error.getString("status", "").matches("[A-Z_]{1,64}")) {
                return ", " + error.getString("status");
            }
        } catch (RuntimeException e) {
            // no JSON: say nothing more
        }
        return "";
    }

    /** Retry-After in seconds (Google's form), bounded; one second when absent or not a number. */
    static Duration retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(Long::parseLong).orElse(1L);
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadGatewayException("Interrupted while waiting to retry Google's People API", Map.of());
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
