package dev.usher.identity.entity;

/**
 * Whether a user has ever signed in. Constants are spelled as stored and as the API
 * shows them (lower case), so JPA, JSON-B and OpenAPI all use the same word.
 */
public enum UserStatus {
    pending, active
}
