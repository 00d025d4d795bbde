package dev.usher.tokencheck;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where mpJwt takes its verification key from, read the way MicroProfile Config reads it: a JVM
 * system property first, then the environment under the property's name, its name with dots as
 * underscores, and that in capitals. An inline key wins over a location. The development issuer
 * publishes its key file as a system property when it is on, so it is found here too.
 */
record KeySettings(String inlineKey, String location) {

    static final String INLINE = "mp.jwt.verify.publickey";
    static final String LOCATION = "mp.jwt.verify.publickey.location";

    static KeySettings of(Map<String, String> env, Map<Object, Object> properties) {
        return new KeySettings(lookup(INLINE, env, properties).orElse(null),
                lookup(LOCATION, env, properties).orElse(null));
    }

    /** Whether any key is configured at all (without one there is nothing to check against). */
    boolean configured() {
        return inlineKey != null || location != null;
    }

    private static Optional<String> lookup(String name, Map<String, String> env, Map<Object, Object> properties) {
        String underscored = name.replace('.', '_');
        for (String value : new String[] {
                (String) properties.get(name), env.get(name), env.get(underscored),
                env.get(underscored.toUpperCase(Locale.ROOT)) }) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}
