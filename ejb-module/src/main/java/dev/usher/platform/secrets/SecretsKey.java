package dev.usher.platform.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The server's {@code USHER_SECRETS_KEY} (base64 of 32 random bytes, the same on every server of one
 * database), read once. A key that is set but malformed stops the bean, so the server says so at
 * start-up (the webhook sender asks at once) rather than at the first secret.
 */
@ApplicationScoped
public class SecretsKey {

    @Inject
    @ConfigProperty(name = "usher.secrets.key")
    Optional<String> configured;

    private SecretSeal seal;

    public SecretsKey() {
        // for CDI
    }

    /** For tests: the key as the setting would hold it (null or blank: none). */
    public SecretsKey(String base64Key) {
        this.configured = Optional.ofNullable(base64Key);
        init();
    }

    @PostConstruct
    void init() {
        seal = configured.filter(k -> !k.isBlank()).map(SecretSeal::of).orElse(null);
    }

    /** The seal, when the server has a key. */
    public Optional<SecretSeal> seal() {
        return Optional.ofNullable(seal);
    }
}
