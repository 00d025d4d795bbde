package dev.usher.offline.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed invitation code a station verifies without the server: {@code U1} and the base64url
 * (no padding) of a 34-byte payload (event id, invitation id, seats as an unsigned 16-bit
 * number) followed by its 64-byte Ed25519 signature under the event's key: 133 characters, well
 * within a QR code's reach. The signed message is {@code "U1"} and the payload, so a signature
 * made for another format cannot be passed off as this one. No name, e-mail or phone: a code
 * read off a photo of the QR says which invitation it is and nothing about its holder.
 *
 * <p>Ed25519 signatures are deterministic: the same invitation, event and seats always give
 * the same code, so it need not be stored; a changed seat count gives a new code, and the server
 * (online) and the guest list (offline) decide with the current count, not the code's.
 */
public record DoorCode(UUID eventId, UUID invitationId, int seats) {

    public static final String PREFIX = "U1";
    static final int PAYLOAD_BYTES = 34;
    static final int SIGNATURE_BYTES = 64;
    /** PREFIX plus base64url of 98 bytes without padding. */
    public static final int LENGTH = PREFIX.length() + 131;

    public DoorCode {
        if (seats < 1 || seats > 0xFFFF) {
            throw new IllegalArgumentException("seats out of range: " + seats);
        }
    }

    /** Whether a scanned text has the shape of a signed code (not whether it is genuine). */
    public static boolean looksSigned(String text) {
        return text != null && text.length() == LENGTH && text.startsWith(PREFIX)
                && text.substring(PREFIX.length()).chars().allMatch(DoorCode::base64url);
    }

    /** The code's text, signed with the event's private key. */
    public String sign(PrivateKey key) {
        byte[] payload = payload();
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message(payload));
            byte[] signature = signer.sign();
            byte[] all = ByteBuffer.allocate(PAYLOAD_BYTES + SIGNATURE_BYTES).put(payload).put(signature).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a door code", e);
        }
    }

    /** The event a signed text claims to be of, unverified: which key to verify it with. */
    public static Optional<UUID> claimedEvent(String text) {
        return bytes(text).map(all -> {
            ByteBuffer b = ByteBuffer.wrap(all);
            return new UUID(b.getLong(), b.getLong());
        });
    }

    /**
     * The code, when the text is a signed code whose signature verifies under this public key;
     * empty for anything else (tampered, another event's key, not a signed code at all).
     */
    public static Optional<DoorCode> verify(String text, PublicKey key) {
        return bytes(text).flatMap(all -> {
            byte[] payload = java.util.Arrays.copyOfRange(all, 0, PAYLOAD_BYTES);
            byte[] signature = java.util.Arrays.copyOfRange(all, PAYLOAD_BYTES, all.length);
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(key);
                verifier.update(message(payload));
                if (!verifier.verify(signature)) {
                    return Optional.empty();
                }
            } catch (GeneralSecurityException e) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(payload);
            UUID event = new UUID(b.getLong(), b.getLong());
            UUID invitation = new UUID(b.getLong(), b.getLong());
            int seats = Short.toUnsignedInt(b.getShort());
            return seats == 0 ? Optional.empty() : Optional.of(new DoorCode(event, invitation, seats));
        });
    }

    private byte[] payload() {
        return ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(eventId.getMostSignificantBits()).putLong(eventId.getLeastSignificantBits())
                .putLong(invitationId.getMostSignificantBits()).putLong(invitationId.getLeastSignificantBits())
                .putShort((short) seats).array();
    }

    private static byte[] message(byte[] payload) {
        byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(prefix.length + payload.length).put(prefix).put(payload).array();
    }

    private static Optional<byte[]> bytes(String text) {
        if (!looksSigned(text)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
            return all.length == PAYLOAD_BYTES + SIGNATURE_BYTES ? Optional.of(all) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean base64url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
