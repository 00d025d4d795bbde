package dev.usher.rsvp.control;

import dev.usher.platform.errors.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The server's secret that RSVP link tokens are derived with ({@code usher.rsvp.link-secret}, env
 * {@code USHER_RSVP_LINK_SECRET}, at least 32 characters; every server on one database needs the same).
 * Changing it invalidates every link. Never logged, never shown.
 */
@ApplicationScoped
public class LinkSecret {

    static final int MIN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "usher.rsvp.link-secret")
    Optional<String> secret;

    public boolean configured() {
        return secret.filter(s -> s.strip().length() >= MIN_LENGTH).isPresent();
    }

    /** The secret's bytes, or 503 naming the setting (not its value). */
    public byte[] bytes() {
        if (!configured()) {
            throw new ServiceUnavailableException("RSVP links are not configured on this server: set "
                    + "USHER_RSVP_LINK_SECRET to a random text of at least " + MIN_LENGTH + " characters",
                    Map.of("settings", java.util.List.of("USHER_RSVP_LINK_SECRET")));
        }
        return secret.orElseThrow().strip().getBytes(StandardCharsets.UTF_8);
    }
}
