package dev.usher.google;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The current Google settings, read on every use (as WhatsApp's): an operator who sets them through
 * Liberty's server configuration needs no restart, and an unconfigured server answers 503 at once.
 */
@ApplicationScoped
public class GoogleConfiguration {

    public GoogleSettings current() {
        Config config = ConfigProvider.getConfig(GoogleConfiguration.class.getClassLoader());
        return GoogleSettings.from(key -> config.getOptionalValue(key, String.class));
    }
}
