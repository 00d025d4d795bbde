package dev.usher.platform.secrets;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals short secrets (a webhook's signing secret, a Google refresh token) under
 * {@code USHER_SECRETS_KEY}: {@code enc1:} and the base64 of a fresh 12-byte IV followed by the
 * AES-256-GCM ciphertext. Each use passes its own associated data ({@code purpose}), so a value
 * sealed for one use never opens as another's, even under the same key. Pure: the caller
 * decides what happens without a key ({@link SecretsKey}).
 */
public final class SecretSeal {

    public static final String PREFIX = "enc1:";
    public static final String SETTING = "USHER_SECRETS_KEY";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretSeal(SecretKeySpec key) {
        this.key = key;
    }

    /** The seal of a key as the setting holds it: base64 of 32 bytes; an exception naming the setting otherwise. */
    public static SecretSeal of(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " must be base64 (of 32 random bytes)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(SETTING + " must be 32 bytes in base64, not " + bytes.length);
        }
        return new SecretSeal(new SecretKeySpec(bytes, "AES"));
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(String secret, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a " + purpose, e);
        }
    }

    /** The secret in a sealed value; an exception (never quoting the value) when it does not open. */
    public String open(String stored, String purpose) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("The " + purpose + " is not sealed");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Arrays.copyOfRange(sealed, IV_BYTES, sealed.length)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The " + purpose + " does not open with this server's " + SETTING);
        }
    }
}
