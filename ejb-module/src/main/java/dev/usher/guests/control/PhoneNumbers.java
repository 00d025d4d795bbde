package dev.usher.guests.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Locale;

/**
 * Phone numbers in E.164, by libphonenumber. A number without a country code is read in
 * the given region (the event's, else the server default); without a region it must be
 * international. {@code 00} is read as the international prefix, as in most countries.
 *
 * <p>A number is accepted when its length is possible for its country. The stricter
 * "valid number" check is not used: it rejects ranges allocated after the library's
 * metadata was published (it refuses +972 54-123-4567, for one), and a guest list
 * must not lose a real guest to stale metadata.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The outcome of reading one number: either an E.164 string or the reason it is not one. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(String e164) implements Result {
    }

    public record Invalid(String reason) implements Result {
    }

    public static Result normalize(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return new Invalid("is empty");
        }
        String text = raw.strip();
        if (text.chars().anyMatch(Character::isLetter)) {
            return new Invalid("must contain only digits, spaces and + - ( ) .");
        }
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        String defaultRegion = region == null || region.isBlank() ? "ZZ" : region.toUpperCase(Locale.ROOT);
        if (!text.startsWith("+") && "ZZ".equals(defaultRegion)) {
            return new Invalid("needs a country code such as +972, because no default phone region is set");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            return new Invalid(switch (e.getErrorType()) {
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short";
                case TOO_LONG -> "is too long";
                case INVALID_COUNTRY_CODE -> "has an unknown country code";
                default -> "is not a phone number";
            });
        }
        PhoneNumberUtil.ValidationResult possible = UTIL.isPossibleNumberWithReason(number);
        switch (possible) {
            case TOO_SHORT, INVALID_LENGTH -> {
                return new Invalid(possible == PhoneNumberUtil.ValidationResult.TOO_SHORT
                        ? "is too short" : "has the wrong number of digits for its country");
            }
            case TOO_LONG -> {
                return new Invalid("is too long");
            }
            case INVALID_COUNTRY_CODE -> {
                return new Invalid("has an unknown country code");
            }
            default -> {
                // possible: go on to the full check
            }
        }
        return new Valid(UTIL.format(number, PhoneNumberFormat.E164));
    }
}
