package dev.usher.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * The From address of a message: always the server's configured address ({@code smtp.from}, the
 * one its SMTP server and SPF/DKIM vouch for), with an event's own display name when it has one.
 * The name is encoded by Jakarta Mail (RFC 2047), and a name with a line break or another control
 * character is refused, never cleaned into a header.
 */
public final class SenderAddress {

    private SenderAddress() {
    }

    public static InternetAddress of(String configuredFrom, String displayName) {
        InternetAddress server;
        try {
            server = InternetAddress.parse(configuredFrom, false)[0];
        } catch (AddressException e) {
            throw new IllegalStateException("smtp.from is not an e-mail address", e);
        }
        if (displayName == null || displayName.isBlank()) {
            return server;
        }
        if (displayName.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            throw new IllegalArgumentException("A sender name must be one line");
        }
        try {
            return new InternetAddress(server.getAddress(), displayName.strip(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
