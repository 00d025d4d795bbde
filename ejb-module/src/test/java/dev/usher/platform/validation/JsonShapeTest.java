package dev.usher.platform.validation;

import dev.usher.platform.errors.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JsonShapeTest {

    enum Colour { red, green }

    record Party(String name, @Min(1) @Max(100) Integer size, Integer seats, Boolean send, Colour colour, UUID id,
                 LocalDate date, List<Guest> guests) {
    }

    record Guest(String name, @Min(1) Integer partySize) {
    }

    private static List<FieldError> errors(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.errors(value, Party.class);
    }

    @Test
    void aBodyThatFitsHasNoErrors() {
        assertThat(errors("{\"name\":\"Dana\",\"size\":100,\"seats\":-2147483648,\"send\":false,\"colour\":\"red\","
                + "\"id\":\"" + UUID.randomUUID() + "\",\"date\":\"2027-06-01\",\"guests\":[{\"partySize\":2.0}],"
                + "\"unknown\":[1,2],\"name2\":null}")).isEmpty();
        assertThat(errors("{\"name\":null,\"size\":null}")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"size":4294967301}              | size            | must be a whole number from 1 to 100
            {"size":2147483648}              | size            | must be a whole number from 1 to 100
            {"size":1.5}                     | size            | must be a whole number from 1 to 100
            {"size":"3"}                     | size            | must be a whole number from 1 to 100
            {"seats":4294967297}             | seats           | must be a whole number from -2147483648 to 2147483647
            {"seats":1e400}                  | seats           | must be a whole number
            {"name":123}                     | name            | must be text (a JSON string)
            {"send":"yes"}                   | send            | must be true or false
            {"send":1}                       | send            | must be true or false
            {"colour":"blue"}                | colour          | must be one of red, green
            {"id":"42"}                      | id              | must be an id (a UUID)
            {"date":"tomorrow"}              | date            | must be a date
            {"guests":{}}                    | guests          | must be a JSON array
            {"guests":[{},{"partySize":4294967297}]} | guests[1].partySize | must be a whole number from 1 to 2147483647
            [1,2]                            | body            | must be a JSON object
            """)
    void aValueThatDoesNotFitItsFieldIsNamedWithWhatWouldFit(String json, String field, String message) {
        assertThat(errors(json)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).startsWith(message);
        });
    }

    @Test
    void aMergePatchRefusesAWrappingNumber() {
        var patch = Json.createObjectBuilder().add("size", 4294967301L).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MergePatch.apply(
                        new MergePatchTest.Sample("Old", null, 1), patch, MergePatchTest.Sample.class))
                .isInstanceOf(dev.usher.platform.errors.InvalidInputException.class)
                .hasMessageContaining("size");
    }
}
