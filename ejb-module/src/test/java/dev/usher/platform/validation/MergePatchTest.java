package dev.usher.platform.validation;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class MergePatchTest {

    public record Sample(String name, String location, Integer size) {
    }

    @Test
    void keepsAbsentMembersChangesGivenOnesAndClearsNulls() {
        var patch = Json.createObjectBuilder().add("name", "New").addNull("location").build();
        Sample merged = MergePatch.apply(new Sample("Old", "Paris", 3), patch, Sample.class);
        assertThat(merged).isEqualTo(new Sample("New", null, 3));
    }

    @Test
    void refusesUnknownMembers() {
        var patch = Json.createObjectBuilder().add("id", "x").add("nam", "typo").build();
        assertThatThrownBy(() -> MergePatch.apply(new Sample("Old", null, 1), patch, Sample.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("id", "nam"));
    }

    @Test
    void refusesAValueOfTheWrongType() {
        var patch = Json.createObjectBuilder().add("size", "three").build();
        assertThatThrownBy(() -> MergePatch.apply(new Sample("Old", null, 1), patch, Sample.class))
                .isInstanceOf(InvalidInputException.class);
    }
}
