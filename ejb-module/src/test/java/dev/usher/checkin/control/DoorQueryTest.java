package dev.usher.checkin.control;

import dev.usher.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoorQueryTest {

    @Test
    void aLocalNumberIsReadInTheEventsRegion() {
        assertThat(DoorQuery.of("054-123-4567", "IL").phone()).isEqualTo("+972541234567");
        assertThat(DoorQuery.of("+972 54 123 4567", null).phone()).isEqualTo("+972541234567");
        assertThat(DoorQuery.of("054-123-4567", null).phone()).as("no region: not a number").isNull();
    }

    @Test
    void aNameIsAPatternForAnyPartOfItWithLikesWildcardsEscaped() {
        DoorQuery query = DoorQuery.of("  Dana Co ", "IL");
        assertThat(query.namePattern()).isEqualTo("%dana co%");
        assertThat(query.phone()).isNull();
        assertThat(DoorQuery.of("50%_\\", "IL").namePattern()).isEqualTo("%50\\%\\_\\\\%");
        assertThat(DoorQuery.of("4567", "IL").phone()).as("too few digits for a number").isNull();
    }

    @Test
    void tooShortOrTooLongIsRefused() {
        for (String bad : new String[] {null, "", " a ", "x".repeat(101)}) {
            assertThatThrownBy(() -> DoorQuery.of(bad, "IL")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("q"));
        }
    }
}
