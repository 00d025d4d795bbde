package dev.usher.checkin.control;

import dev.usher.guests.control.PhoneNumbers;
import dev.usher.platform.errors.InvalidInputException;

import java.util.Locale;

/**
 * What door staff typed to find a guest: part of the name, or a phone number as people write it
 * ({@code 054-123-4567}), read in the event's phone region by libphonenumber, as the guest list
 * stores it ({@code +972541234567}).
 *
 * @param namePattern a case-insensitive {@code LIKE} pattern for any part of the name (escaped)
 * @param phone       the number in E.164, or null when the text is not a phone number
 */
public record DoorQuery(String namePattern, String phone) {

    public static final int MIN_CHARS = 2;
    public static final int MAX_CHARS = 100;

    public static DoorQuery of(String text, String phoneRegion) {
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_CHARS || q.length() > MAX_CHARS) {
            throw new InvalidInputException("q", "must be " + MIN_CHARS + " to " + MAX_CHARS + " characters of a name or"
                    + " phone number");
        }
        String phone = null;
        if (q.chars().noneMatch(Character::isLetter) && q.chars().filter(Character::isDigit).count() >= 6
                && PhoneNumbers.normalize(q, phoneRegion) instanceof PhoneNumbers.Valid valid) {
            phone = valid.e164();
        }
        return new DoorQuery("%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%", phone);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
