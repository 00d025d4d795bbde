package dev.usher.tokencheck;

import org.jose4j.jws.JsonWebSignature;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Tells a token whose signature provably fails: signed with a public-key algorithm, under a key
 * id this server trusts (or none), and verified by none of the trusted keys that fit. Everything
 * else (valid signatures, unknown keys, unreadable tokens, other algorithms) is left to mpJwt,
 * which refuses those without quoting them. Never throws and never logs: the token is a secret.
 */
final class ForgedSignatures {

    private static final Pattern PUBLIC_KEY_ALGORITHM = Pattern.compile("(RS|PS|ES)(256|384|512)");

    private final Supplier<KeySettings> settings;
    private final TrustedKeys keys;
    private final VerifiedTokens verified = new VerifiedTokens();

    ForgedSignatures(Supplier<KeySettings> settings, TrustedKeys keys) {
        this.settings = settings;
        this.keys = keys;
    }

    /** Reads the settings from this process (system properties, environment) on every call. */
    static ForgedSignatures ofThisServer() {
        return new ForgedSignatures(() -> KeySettings.of(System.getenv(), (Map<Object, Object>) System.getProperties()),
                new TrustedKeys(Clock.systemUTC()));
    }

    boolean forged(String token) {
        try {
            if (dots(token) != 2) {
                return false;
            }
            KeySettings current = settings.get();
            Optional<KeyMaterial.Key> before = verified.keyOf(token);
            if (before.isPresent() && keys.candidates(current, before.get().keyId()).contains(before.get())) {
                return false; // verified before by a key that is still trusted
            }
            JsonWebSignature header = signature(token);
            String algorithm = header.getAlgorithmHeaderValue();
            if (algorithm == null || !PUBLIC_KEY_ALGORITHM.matcher(algorithm).matches()) {
                return false;
            }
            List<KeyMaterial.Key> candidates = keys.candidates(current, header.getKeyIdHeaderValue());
            int tried = 0;
            for (KeyMaterial.Key candidate : candidates) {
                // A fresh object per key: jose4j remembers a signature's first verdict.
                JsonWebSignature jws = signature(token);
                jws.setKey(candidate.key());
                try {
                    if (jws.verifySignature()) {
                        verified.remember(token, candidate);
                        return false;
                    }
                    tried++;
                } catch (Exception keyDoesNotFitAlgorithm) {
                    // An EC key for an RS256 token, say: says nothing about the signature.
                }
            }
            return tried > 0;
        } catch (Exception | LinkageError unreadableOrLibraryMissing) {
            // A library missing from the shared library must not turn into a 500: mpJwt decides.
            return false;
        }
    }

    private static int dots(String token) {
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '.') {
                dots++;
            }
        }
        return dots;
    }

    private static JsonWebSignature signature(String token) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        return jws;
    }
}
