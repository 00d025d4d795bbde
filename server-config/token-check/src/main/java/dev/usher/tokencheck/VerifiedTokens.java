package dev.usher.tokencheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature one of the trusted keys verified, and which key: a station or a console
 * sends the same token with every request for its lifetime, and verifying it again each time was
 * the largest single cost of a signed-in request (more than mpJwt's own verification). A hit still
 * asks whether that key is trusted now, so a key removed from the key set stops vouching at once.
 *
 * <p>Held by SHA-256 digest, never the token itself (a heap dump must not hold bearer tokens).
 * Bounded: when full it is emptied, which costs one verification per token in use.
 */
final class VerifiedTokens {

    static final int MAX_ENTRIES = 10_000;

    private record Digest(String base64) {
    }

    private static final MessageDigest SHA_256 = sha256();

    private final Map<Digest, KeyMaterial.Key> verified = new ConcurrentHashMap<>();

    /** The key that verified this token before, if any. */
    Optional<KeyMaterial.Key> keyOf(String token) {
        return Optional.ofNullable(verified.get(digest(token)));
    }

    /** Remembers that this key verified this token's signature. */
    void remember(String token, KeyMaterial.Key key) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(digest(token), key);
    }

    int size() {
        return verified.size();
    }

    private static Digest digest(String token) {
        try {
            // A clone of one prototype: looking the algorithm up among the providers every time cost more.
            byte[] hash = ((MessageDigest) SHA_256.clone()).digest(token.getBytes(StandardCharsets.US_ASCII));
            return new Digest(java.util.Base64.getEncoder().encodeToString(hash));
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", impossible);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
