package dev.usher.google;

/**
 * Google refused a credential: the access token has expired (the People API answered 401; a fresh
 * one is had by refreshing), or the grant itself is gone (the token endpoint answered
 * {@code invalid_grant}: the user revoked Usher's access at Google, or the refresh token expired).
 */
public class GoogleRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        ACCESS_TOKEN_EXPIRED, GRANT_REVOKED
    }

    private final Kind kind;

    public GoogleRefusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
