package dev.usher.platform.validation;

/**
 * The one rule for U+0000: PostgreSQL text cannot hold it, so a value carrying it would fail
 * deep inside a statement (a 500). Every text a request brings (path, query, headers, token
 * claims, JSON strings and member names, form fields) and every cell of an imported guest file
 * is refused with it, naming where it was.
 */
public final class NulCharacter {

    public static final String MESSAGE = "must not contain the character U+0000";

    private NulCharacter() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }
}
