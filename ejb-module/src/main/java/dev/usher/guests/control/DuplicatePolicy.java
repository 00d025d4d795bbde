package dev.usher.guests.control;

import dev.usher.platform.errors.InvalidInputException;

import java.util.Locale;

/**
 * What an import does with a row whose phone or e-mail is already taken in the event (or
 * by an earlier row of the same file): skip it, merge its non-empty fields into the existing
 * guest, or create another guest anyway.
 */
public enum DuplicatePolicy {
    skip, update, create_anyway;

    public String wire() {
        return name().replace('_', '-');
    }

    public static DuplicatePolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return skip;
        }
        for (DuplicatePolicy policy : values()) {
            if (policy.wire().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new InvalidInputException("duplicates", "must be skip, update or create-anyway, not '" + text + "'");
    }
}
