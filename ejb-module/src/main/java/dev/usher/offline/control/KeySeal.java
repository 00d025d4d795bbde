package dev.usher.offline.control;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * Seals an event's private key for the database: AES-256-GCM under the SHA-256 of the server's
 * door-key secret, with a fresh 12-byte IV in front and the event id as associated data (a sealed
 * key copied onto another event's row does not open). A database dump alone signs no code.
 */
public final class KeySeal {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public KeySeal(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("usher door keys\n" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] seal(UUID eventId, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(eventId));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a signing key", e);
        }
    }

    /** The plain key, or an exception when the secret (or the event) is not the one it was sealed with. */
    public byte[] open(UUID eventId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad(eventId));
            return cipher.doFinal(Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key of event " + eventId
                    + " does not open with this server's USHER_DOOR_KEY_SECRET", e);
        }
    }

    private static byte[] aad(UUID eventId) {
        return eventId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
