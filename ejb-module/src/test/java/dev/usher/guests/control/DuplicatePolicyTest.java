package dev.usher.guests.control;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicatePolicyTest {

    @Test
    void readsTheWireNamesAndDefaultsToSkip() {
        assertThat(DuplicatePolicy.parse(" Create-Anyway ")).isEqualTo(DuplicatePolicy.create_anyway);
        assertThat(DuplicatePolicy.parse("update")).isEqualTo(DuplicatePolicy.update);
        assertThat(DuplicatePolicy.parse(null)).isEqualTo(DuplicatePolicy.skip);
        assertThat(DuplicatePolicy.parse(" ")).isEqualTo(DuplicatePolicy.skip);
        assertThat(DuplicatePolicy.create_anyway.wire()).isEqualTo("create-anyway");
    }

    @Test
    void anUnknownPolicyIsRefusedUnderItsParameterName() {
        assertThatThrownBy(() -> DuplicatePolicy.parse("create_anyway"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        new FieldError("duplicates", "must be skip, update or create-anyway, not 'create_anyway'")));
    }
}
