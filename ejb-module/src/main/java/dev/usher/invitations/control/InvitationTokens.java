package dev.usher.invitations.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret a QR code carries: 192 bits from the platform's CSPRNG, base64url without padding
 * (32 characters, safe in a URL as is). Tokens are compared as stored; they never go to a log.
 */
public final class InvitationTokens {

    private static final int BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** What any token Usher ever issued looks like; anything else is not worth a database look-up. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22,86}");

    private InvitationTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** A fresh random reference of 128 bits (message ids, pixel ids). */
    public static String reference() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    public static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }
}
