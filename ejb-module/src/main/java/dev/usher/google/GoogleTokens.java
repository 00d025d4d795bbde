package dev.usher.google;

/**
 * What Google's token endpoint answered: an access token good for {@code expiresInSeconds}, and on a
 * code exchange the refresh token. {@link #toString()} shows neither token.
 */
public record GoogleTokens(String accessToken, long expiresInSeconds, String refreshToken) {

    @Override
    public String toString() {
        return "GoogleTokens[expiresInSeconds=" + expiresInSeconds + ", refreshToken=" + (refreshToken != null) + "]";
    }
}
