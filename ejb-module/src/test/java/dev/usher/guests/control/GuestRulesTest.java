package dev.usher.guests.control;

import dev.usher.guests.boundary.GuestInput;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.validation.InputValidator;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuestRulesTest {

    private final GuestRules rules = new GuestRules(
            new InputValidator(Validation.buildDefaultValidatorFactory().getValidator()));

    @Test
    void normalizesAValidGuestAndFillsDefaults() {
        GuestInput input = new GuestInput("  Dana ", " ", "054-123-4567", " Dana@Example.COM ", " bride ",
                null, null, "");
        GuestRules.Outcome outcome = rules.check(input, "IL");
        assertThat(outcome).isEqualTo(new GuestRules.Accepted(new GuestData(
                "Dana", null, "+972541234567", "dana@example.com", "bride", GuestStatus.invited, 1, null)));
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        GuestInput input = new GuestInput("", "x".repeat(101), "12", "not-an-email", null,
                GuestStatus.confirmed, 0, null);
        GuestRules.Outcome outcome = rules.check(input, "IL");
        assertThat(outcome).isInstanceOf(GuestRules.Rejected.class);
        assertThat(((GuestRules.Rejected) outcome).errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("firstName", "lastName", "phone", "email", "partySize");
    }

    @Test
    void aLocalNumberNeedsARegion() {
        GuestRules.Outcome outcome = rules.check(
                new GuestInput("Dana", null, "054-123-4567", null, null, null, null, null), null);
        assertThat(((GuestRules.Rejected) outcome).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("country code"));
    }

    @Test
    void anEmailWithoutADottedDomainIsRefused() {
        GuestRules.Outcome outcome = rules.check(
                new GuestInput("Dana", null, null, "dana@localhost", null, null, null, null), null);
        assertThat(((GuestRules.Rejected) outcome).errors()).extracting(FieldError::field).containsExactly("email");
    }
}
