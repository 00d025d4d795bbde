package dev.usher.checkin.control;

import dev.usher.invitations.control.InvitationTokens;
import dev.usher.offline.control.DoorCode;
import dev.usher.platform.errors.InvalidInputException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the token from what a station scanned: the token itself, or the whole URL from the QR
 * code ({@code .../validate-invitation?token=...}, or a path ending in the token). Whatever the
 * base URL was when the code was made. A malformed code is refused without echoing it.
 */
public final class TokenReader {

    private TokenReader() {
    }

    public static String read(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("token", "must be the scanned token or URL");
        }
        String text = code.strip();
        int query = text.indexOf("token=");
        if (query >= 0 && (query == 0 || text.charAt(query - 1) == '?' || text.charAt(query - 1) == '&')) {
            String value = text.substring(query + "token=".length());
            int end = value.indexOf('&');
            text = end < 0 ? value : value.substring(0, end);
            int fragment = text.indexOf('#');
            text = fragment < 0 ? text : text.substring(0, fragment);
            text = decoded(text);
        } else if (text.contains("/")) {
            text = text.substring(text.lastIndexOf('/') + 1);
        }
        if (!InvitationTokens.wellFormed(text) && !DoorCode.looksSigned(text)) {
            throw new InvalidInputException("token", "is not an invitation code");
        }
        return text;
    }

    /** A broken percent-escape ({@code %zz}) is a code that is not ours, not a failure of ours. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("token", "is not an invitation code");
        }
    }
}
