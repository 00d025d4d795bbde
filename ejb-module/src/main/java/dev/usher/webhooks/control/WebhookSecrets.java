package dev.usher.webhooks.control;

import dev.usher.platform.secrets.SecretSeal;
import dev.usher.platform.secrets.SecretsKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Subscription secrets at rest. With {@code USHER_SECRETS_KEY} (base64 of 32 random bytes, the same on
 * every server of one database) a new secret is stored sealed: {@code enc1:} and the base64 of a fresh
 * 12-byte IV followed by its AES-256-GCM ciphertext ({@link SecretSeal}), so a database dump alone signs nothing. Without
 * it, secrets are stored as they are (as before). A stored secret without the prefix is one from before
 * the key, and is used as it is; a sealed one on a server without the key (or with another) cannot be
 * opened, and its deliveries wait, saying so in the log.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = SecretSeal.PREFIX;
    /** Associated data: a sealed webhook secret opens as nothing else sealed under the same key. */
    static final String PURPOSE = "usher webhook secret";

    @Inject
    SecretsKey key;

    public WebhookSecrets() {
        // for CDI
    }

    /** For tests: the key as the setting would hold it (null or blank: none). */
    WebhookSecrets(String base64Key) {
        this.key = new SecretsKey(base64Key);
    }

    /**
     * Whether new secrets are sealed. The sender asks at start-up, so a key that is set but is not 32
     * bytes of base64 stops the server there rather than at the first subscription.
     */
    public boolean sealing() {
        return key.seal().isPresent();
    }

    /** What to store for a new subscription's secret. */
    public String seal(String secret) {
        return key.seal().map(s -> s.seal(secret, PURPOSE)).orElse(secret);
    }

    /** The secret to sign with, from what is stored; an exception saying why when it cannot be opened. */
    public String open(String stored) {
        if (!SecretSeal.isSealed(stored)) {
            return stored;
        }
        SecretSeal seal = key.seal().orElseThrow(() -> new IllegalStateException(
                "The subscription's secret is sealed and this server has no USHER_SECRETS_KEY"));
        try {
            return seal.open(stored, PURPOSE);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The subscription's secret does not open with this server's USHER_SECRETS_KEY");
        }
    }
}
