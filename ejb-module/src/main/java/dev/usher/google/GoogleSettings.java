package dev.usher.google;

import dev.usher.platform.secrets.SecretSeal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Google settings at one moment, from MicroProfile Config (the {@code USHER_GOOGLE_*}
 * environment variables). The endpoints default to Google's own; tests point them at a stand-in.
 * Pure, so the rules about what is missing are tested without a server. {@link #toString()} never
 * shows the client secret.
 */
public record GoogleSettings(String clientId, String clientSecret, String authorizationUrl, String tokenUrl,
                             String revokeUrl, String peopleUrl, boolean secretsKey) {

    public static final String CLIENT_ID = "usher.google.client-id";
    public static final String CLIENT_SECRET = "usher.google.client-secret";
    public static final String AUTHORIZATION_URL = "usher.google.authorization-url";
    public static final String TOKEN_URL = "usher.google.token-url";
    public static final String REVOKE_URL = "usher.google.revoke-url";
    public static final String PEOPLE_URL = "usher.google.people-url";
    public static final String SECRETS_KEY = "usher.secrets.key";

    public static final String DEFAULT_AUTHORIZATION_URL = "https://accounts.google.com/o/oauth2/v2/auth";
    public static final String DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token";
    public static final String DEFAULT_REVOKE_URL = "https://oauth2.googleapis.com/revoke";
    public static final String DEFAULT_PEOPLE_URL = "https://people.googleapis.com";

    /** Read-only access to the user's contacts and contact groups: all an import needs. */
    public static final String SCOPE = "https://www.googleapis.com/auth/contacts.readonly";

    public static GoogleSettings from(Function<String, Optional<String>> lookup) {
        return new GoogleSettings(value(lookup, CLIENT_ID).orElse(null), value(lookup, CLIENT_SECRET).orElse(null),
                value(lookup, AUTHORIZATION_URL).orElse(DEFAULT_AUTHORIZATION_URL),
                value(lookup, TOKEN_URL).orElse(DEFAULT_TOKEN_URL),
                value(lookup, REVOKE_URL).orElse(DEFAULT_REVOKE_URL),
                value(lookup, PEOPLE_URL).orElse(DEFAULT_PEOPLE_URL),
                value(lookup, SECRETS_KEY).isPresent());
    }

    private static Optional<String> value(Function<String, Optional<String>> lookup, String key) {
        return lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@code usher.google.client-id -> USHER_GOOGLE_CLIENT_ID}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * The settings that keep Usher from importing from Google, as environment variable names: the
     * client's id and secret, and the secrets key. Without that key a refresh token would be stored
     * in clear, so Usher refuses to store one at all.
     */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (clientId == null) {
            missing.add(environmentName(CLIENT_ID));
        }
        if (clientSecret == null) {
            missing.add(environmentName(CLIENT_SECRET));
        }
        if (!secretsKey) {
            missing.add(SecretSeal.SETTING);
        }
        for (String key : List.of(AUTHORIZATION_URL, TOKEN_URL, REVOKE_URL, PEOPLE_URL)) {
            if (!httpUrl(url(key))) {
                missing.add(environmentName(key));
            }
        }
        return missing;
    }

    private String url(String key) {
        return switch (key) {
            case AUTHORIZATION_URL -> authorizationUrl;
            case TOKEN_URL -> tokenUrl;
            case REVOKE_URL -> revokeUrl;
            default -> peopleUrl;
        };
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The People API base without a trailing slash. */
    public String peopleBase() {
        return peopleUrl.endsWith("/") ? peopleUrl.substring(0, peopleUrl.length() - 1) : peopleUrl;
    }

    @Override
    public String toString() {
        return "GoogleSettings[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "unset" : "***")
                + ", authorizationUrl=" + authorizationUrl + ", tokenUrl=" + tokenUrl + ", revokeUrl=" + revokeUrl
                + ", peopleUrl=" + peopleUrl + ", secretsKey=" + (secretsKey ? "set" : "unset") + "]";
    }
}
