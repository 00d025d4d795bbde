package dev.usher.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Subscription secrets at rest. With {@code USHER_SECRETS_KEY} (base64 of 32 random bytes, the same on
 * every server of one database) a new secret is stored sealed: {@code enc1:} and the base64 of a fresh
 * 12-byte IV followed by its AES-256-GCM ciphertext, so a database dump alone signs nothing. Without
 * it, secrets are stored as they are (as before). A stored secret without the prefix is one from before
 * the key, and is used as it is; a sealed one on a server without the key (or with another) cannot be
 * opened, and its deliveries wait, saying so in the log.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = "enc1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Associated data: a sealed webhook secret opens as nothing else sealed under the same key. */
    private static final byte[] AAD = "usher webhook secret".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "usher.secrets.key")
    Optional<String> configured;

    private SecretKeySpec key;

    public WebhookSecrets() {
        // for CDI
    }

    /** For tests: the key as the setting would hold it (null or blank: none). */
    WebhookSecrets(String base64Key) {
        this.configured = Optional.ofNullable(base64Key);
        init();
    }

    @PostConstruct
    void init() {
        key = configured.filter(k -> !k.isBlank()).map(WebhookSecrets::parse).orElse(null);
    }

    /**
     * Whether new secrets are sealed. The sender asks at start-up, so a key that is set but is not 32
     * bytes of base64 stops the server there rather than at the first subscription.
     */
    public boolean sealing() {
        return key != null;
    }

    /** What to store for a new subscription's secret. */
    public String seal(String secret) {
        if (key == null) {
            return secret;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a webhook secret", e);
        }
    }

    /** The secret to sign with, from what is stored; an exception saying why when it cannot be opened. */
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("The subscription's secret is sealed and this server has no USHER_SECRETS_KEY");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(Arrays.copyOfRange(sealed, IV_BYTES, sealed.length)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The subscription's secret does not open with this server's USHER_SECRETS_KEY");
        }
    }

    private static SecretKeySpec parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("USHER_SECRETS_KEY must be base64 (of 32 random bytes)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("USHER_SECRETS_KEY must be 32 bytes in base64, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
