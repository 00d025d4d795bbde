package dev.usher.invitations.entity;

import java.util.Objects;

/**
 * Who an invitation is for and what it says, already validated and normalized: name, lower-case
 * e-mail, E.164 phone (or null), type, custom message (or null) and the seats the code admits.
 */
public record Recipient(String name, String email, String phone, InvitationType type, String customMessage,
                        int seats) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An invitation needs a recipient name");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("An invitation admits at least one person");
        }
    }

    /** The first word of the name: what the door and the public validation show. */
    public String firstName() {
        return name.strip().split("\\s+", 2)[0];
    }
}
