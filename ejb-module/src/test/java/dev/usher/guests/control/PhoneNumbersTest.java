package dev.usher.guests.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "'+972 54-123-4567', , +972541234567",
            "'+972 54-123-4567', US, +972541234567",
            "00972541234567, , +972541234567",
            "'054-123-4567', IL, +972541234567",
            "'(202) 555-0143', US, +12025550143",
            "'+1 202.555.0143', FR, +12025550143",
            "'06 12 34 56 78', FR, +33612345678",
            "'  +44 20 7946 0958 ', , +442079460958",
            "'00972 54-123-4567', FR, +972541234567",
            "'0541234567', IL, +972541234567",
            "'541234567', IL, +972541234567",
            "'(054) 123 4567', IL, +972541234567",
            "'02-123-4567', IL, +97221234567",
            "'0611223344', FR, +33611223344",
            "'020 7946 0958', GB, +442079460958",
            "'+972.54.123.4567', , +972541234567",
    })
    void normalizesToE164(String raw, String region, String expected) {
        assertThat(PhoneNumbers.normalize(raw, region)).isEqualTo(new PhoneNumbers.Valid(expected));
    }

    @ParameterizedTest(name = "{0} in {1} is refused: {2}")
    @CsvSource({
            "'054-123-4567', , needs a country code",
            "'+972 54 CALL ME', , only digits",
            "'phone', IL, only digits",
            "'+972 5', , too short",
            "'12', IL, too short",
            "'+972 54 123 4567 8901 2345', , too long",
            "'+999 123 456 789', , unknown country code",
            "'   ', IL, empty",
            "'054-CALL-NOW', IL, only digits",
            "'00972 5', , too short",
            "'054-12', IL, too short",
            "'054-123-4567-8901-2345', IL, too long",
            "'+33 6 12 34 56 78 9', , too long",
    })
    void refusesWithAReason(String raw, String region, String reason) {
        PhoneNumbers.Result result = PhoneNumbers.normalize(raw, region);
        assertThat(result).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(((PhoneNumbers.Invalid) result).reason()).contains(reason);
    }
}
