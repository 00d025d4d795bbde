package dev.usher.messaging.entity;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payload of an Usher quick-reply button: {@code usher-rsvp:<guest id>:<yes|no>}. Meta
 * hands it back unchanged when the guest taps the button. It is not secret (it is not a
 * credential): the webhook is signed by Meta, and the reply must also come from the guest's
 * own number (see the replies control).
 */
public record RsvpPayload(UUID guestId, RsvpAnswer answer) {

    private static final String PREFIX = "usher-rsvp:";
    private static final Pattern FORMAT = Pattern.compile(
            "usher-rsvp:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}):(yes|no)");

    public String format() {
        return PREFIX + guestId + ":" + answer.name();
    }

    public static Optional<RsvpPayload> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(payload.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RsvpPayload(UUID.fromString(m.group(1)), RsvpAnswer.valueOf(m.group(2))));
    }
}
