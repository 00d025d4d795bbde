package dev.usher.api.devsignin;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Tells the mpJwt feature to trust the development issuer, but only while it is enabled.
 * Its ordinal (50) is below every other source, so any real setting wins anyway.
 */
public class DevIssuerConfigSource implements ConfigSource {

    @Override
    public Map<String, String> getProperties() {
        if (!DevIssuer.enabled()) {
            return Map.of();
        }
        DevIssuer.keys();
        return DevIssuer.ownSettings();
    }

    @Override
    public Set<String> getPropertyNames() {
        return DevIssuer.enabled() ? DevIssuer.ownSettings().keySet() : Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        // mpJwt reads its settings on every signed-in request: other names are answered at once.
        return DevIssuer.OWN_SETTING_NAMES.contains(propertyName) ? getProperties().get(propertyName) : null;
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
