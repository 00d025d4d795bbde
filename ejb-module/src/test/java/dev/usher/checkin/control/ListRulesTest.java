package dev.usher.checkin.control;

import dev.usher.checkin.boundary.CheckInListInput;
import dev.usher.checkin.entity.CheckInList;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ListRulesTest {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-06-01T12:00:00Z");

    @Test
    void aListKeepsItsLimitsTrimmedAndWithoutRepeats() {
        CheckInList list = ListRules.list(UUID.randomUUID(), UUID.randomUUID(), new CheckInListInput("  VIP lounge ",
                List.of("vip", "vip", "press"), List.of(" bride ", "groom"), true, true, NOON, NOON.plusHours(3)));
        assertThat(list.name()).isEqualTo("VIP lounge");
        assertThat(list.invitationTypes()).containsExactly("vip", "press");
        assertThat(list.guestSides()).containsExactly("bride", "groom");
        assertThat(list.exits()).isTrue();
        assertThat(list.reentry()).isTrue();
        assertThat(list.isDefault()).isFalse();
    }

    @Test
    void everyFaultIsNamedByItsField() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> ListRules.list(
                UUID.randomUUID(), UUID.randomUUID(), new CheckInListInput(" ", List.of("general", "royal"),
                        List.of("x".repeat(101)), false, true, NOON, NOON)));
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "invitationTypes[1]", "guestSides[0]", "reentry", "closesAt");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ListRules.list(UUID.randomUUID(),
                UUID.randomUUID(), new CheckInListInput("Bar\u0007", null, null, null, null, null, null)))
                .fieldErrors()).extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void theDefaultListIsOnlyRenamed() {
        assertThat(ListRules.defaultName(new CheckInListInput("Main door", List.of(), null, false, null, null, null)))
                .isEqualTo("Main door");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> ListRules.defaultName(
                new CheckInListInput("Main door", List.of("vip"), null, true, null, NOON, null)));
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactly("invitationTypes", "exits", "opensAt");
    }
}
