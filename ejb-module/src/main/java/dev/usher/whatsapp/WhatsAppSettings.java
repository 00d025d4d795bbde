package dev.usher.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The WhatsApp Cloud API settings at one moment, read from MicroProfile Config (so from the
 * {@code WHATSAPP_*} environment variables). Pure: {@link #from} takes any lookup, so the
 * rules about what is missing are tested without a server. {@link #toString()} never shows
 * the access token, the verify token or the app secret.
 */
public record WhatsAppSettings(String accessToken, String phoneNumberId, String apiVersion, String baseUrl,
                               String verifyToken, String appSecret, String maxAttempts, String backoffMillis) {

    public static final String ACCESS_TOKEN = "whatsapp.access-token";
    public static final String PHONE_NUMBER_ID = "whatsapp.phone-number-id";
    public static final String API_VERSION = "whatsapp.api-version";
    public static final String BASE_URL = "whatsapp.api-base-url";
    public static final String VERIFY_TOKEN = "whatsapp.verify-token";
    public static final String APP_SECRET = "whatsapp.app-secret";
    public static final String MAX_ATTEMPTS = "whatsapp.retry.max-attempts";
    public static final String BACKOFF_MILLIS = "whatsapp.retry.backoff-ms";

    public static final String DEFAULT_API_VERSION = "v20.0";
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final long DEFAULT_BACKOFF_MILLIS = 1000;

    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    public static WhatsAppSettings from(Function<String, Optional<String>> lookup) {
        return new WhatsAppSettings(
                value(lookup, ACCESS_TOKEN),
                value(lookup, PHONE_NUMBER_ID),
                Optional.ofNullable(value(lookup, API_VERSION)).orElse(DEFAULT_API_VERSION),
                Optional.ofNullable(value(lookup, BASE_URL)).orElse(DEFAULT_BASE_URL),
                value(lookup, VERIFY_TOKEN),
                value(lookup, APP_SECRET),
                value(lookup, MAX_ATTEMPTS),
                value(lookup, BACKOFF_MILLIS));
    }

    private static String value(Function<String, Optional<String>> lookup, String key) {
        return lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** The environment variable an operator sets for a key: {@code whatsapp.access-token -> WHATSAPP_ACCESS_TOKEN}. */
    public static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** What keeps Usher from sending, as environment variable names with the reason; empty when it can send. */
    public List<String> problemsForSending() {
        List<String> problems = new ArrayList<>();
        if (accessToken == null) {
            problems.add(environmentName(ACCESS_TOKEN) + " is not set");
        }
        if (phoneNumberId == null) {
            problems.add(environmentName(PHONE_NUMBER_ID) + " is not set");
        } else if (!PATH_SEGMENT.matcher(phoneNumberId).matches()) {
            problems.add(environmentName(PHONE_NUMBER_ID) + " must be the numeric id Meta shows for the number");
        }
        if (!PATH_SEGMENT.matcher(apiVersion).matches()) {
            problems.add(environmentName(API_VERSION) + " must look like v20.0");
        }
        if (baseUri().isEmpty()) {
            problems.add(environmentName(BASE_URL) + " must be an http or https URL");
        }
        if (retryPolicy().isEmpty()) {
            problems.add(environmentName(MAX_ATTEMPTS) + " must be 1 to 10 and " + environmentName(BACKOFF_MILLIS)
                    + " 0 to 60000");
        }
        return problems;
    }

    /** The settings named in {@link #problemsForSending()}, for the problem body. */
    public List<String> missingForSending() {
        return problemsForSending().stream().map(p -> p.substring(0, p.indexOf(' '))).toList();
    }

    public URI messagesUri() {
        String base = baseUri().orElseThrow().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + apiVersion + "/" + phoneNumberId + "/messages");
    }

    private Optional<URI> baseUri() {
        try {
            URI uri = URI.create(baseUrl);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null && uri.getQuery() == null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<RetryPolicy> retryPolicy() {
        try {
            int attempts = maxAttempts == null ? DEFAULT_MAX_ATTEMPTS : Integer.parseInt(maxAttempts);
            long backoff = backoffMillis == null ? DEFAULT_BACKOFF_MILLIS : Long.parseLong(backoffMillis);
            if (attempts < 1 || attempts > 10 || backoff < 0 || backoff > 60_000) {
                return Optional.empty();
            }
            return Optional.of(new RetryPolicy(attempts, Duration.ofMillis(backoff)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean canVerifySubscriptions() {
        return verifyToken != null;
    }

    public boolean canVerifySignatures() {
        return appSecret != null;
    }

    /** Hides every secret: settings may end up in a log line. */
    @Override
    public String toString() {
        return "WhatsAppSettings[accessToken=" + (accessToken == null ? "unset" : "***")
                + ", phoneNumberId=" + phoneNumberId + ", apiVersion=" + apiVersion + ", baseUrl=" + baseUrl
                + ", verifyToken=" + (verifyToken == null ? "unset" : "***")
                + ", appSecret=" + (appSecret == null ? "unset" : "***")
                + ", maxAttempts=" + maxAttempts + ", backoffMillis=" + backoffMillis + "]";
    }
}
