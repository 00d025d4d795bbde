package dev.usher.api.devsignin;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Tells the mpJwt feature to trust the development issuer, but only while it is enabled.
 * Its ordinal (50) is below every other source, so any real setting wins anyway.
 */
public class DevIssuerConfigSource implements ConfigSource {

    private static final String LOCATION = "mp.jwt.verify.publickey.location";
    private static final String ISSUER = "mp.jwt.verify.issuer";
    private static final String AUDIENCES = "mp.jwt.verify.audiences";

    @Override
    public Map<String, String> getProperties() {
        if (!DevIssuer.enabled()) {
            return Map.of();
        }
        DevIssuer.keys();
        return Map.of(LOCATION, DevIssuer.publicKeyFile().toUri().toString(),
                ISSUER, DevIssuer.ISSUER,
                AUDIENCES, DevIssuer.AUDIENCE);
    }

    @Override
    public Set<String> getPropertyNames() {
        return DevIssuer.enabled() ? Set.of(LOCATION, ISSUER, AUDIENCES) : Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!getPropertyNames().contains(propertyName)) {
            return null;
        }
        return getProperties().get(propertyName);
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "usher-dev-issuer";
    }
}
