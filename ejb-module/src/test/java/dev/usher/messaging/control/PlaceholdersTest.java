package dev.usher.messaging.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    private static final Map<String, String> NOA = Placeholders.of("Noa", "Levi", "Dana & Omer");

    @Test
    void fillsEveryKnownPlaceholder() {
        assertThat(Placeholders.fill("Hi {firstName} {lastName} ({fullName}), see you at {eventName}!", NOA))
                .isEqualTo("Hi Noa Levi (Noa Levi), see you at Dana & Omer!");
    }

    @Test
    void valuesWithDollarsAndBackslashesAreTakenLiterally() {
        assertThat(Placeholders.fill("{firstName}", Placeholders.of("$1 \\o/", null, null))).isEqualTo("$1 \\o/");
    }

    @Test
    void aMissingLastNameLeavesNoTrailingSpaceInTheFullName() {
        assertThat(Placeholders.fill("{fullName}.", Placeholders.of("Noa", null, "Gala"))).isEqualTo("Noa.");
    }

    @Test
    void unknownPlaceholdersAreReportedOnceAndTemplateParametersAreNotPlaceholders() {
        assertThat(Placeholders.unknown("Hi {firstname}, {table} {table} {firstName} {{1}}"))
                .containsExactly("{firstname}", "{table}");
        assertThat(Placeholders.fill("{{1}} and {firstName}", NOA)).isEqualTo("{{1}} and Noa");
    }

    @Test
    void rsvpLinkIsKnownAndFoundOnlyWhereAMessageUsesIt() {
        assertThat(Placeholders.unknown("Answer here: {rsvpLink}")).isEmpty();
        assertThat(Placeholders.uses("Answer here: {rsvpLink}", Placeholders.RSVP_LINK)).isTrue();
        assertThat(Placeholders.uses("Hi {firstName}, {{rsvpLink}}", Placeholders.RSVP_LINK)).isFalse();
        assertThat(Placeholders.uses(null, Placeholders.RSVP_LINK)).isFalse();
    }
}
