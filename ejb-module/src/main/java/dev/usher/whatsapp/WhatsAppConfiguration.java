package dev.usher.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The current WhatsApp settings. Read on every use rather than injected once, so an operator
 * who sets or renews them through a dynamic source (Liberty's server configuration) needs no
 * restart, and an unconfigured server answers 503 at the moment of the call.
 */
@ApplicationScoped
public class WhatsAppConfiguration {

    public WhatsAppSettings current() {
        Config config = ConfigProvider.getConfig(WhatsAppConfiguration.class.getClassLoader());
        return WhatsAppSettings.from(key -> config.getOptionalValue(key, String.class));
    }
}
