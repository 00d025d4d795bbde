package dev.usher.api.input;

import dev.usher.platform.errors.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTreeTest {

    @Test
    void aPlainBodyIsReadWhole() {
        JsonObject read = (JsonObject) JsonTree.read(new StringReader("{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":-7}}"));
        assertThat(read.toString()).isEqualTo("{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":-7}}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":1,"a":2}                  | a          | is given twice
            {"a":{"b":1,"b":1}}            | a.b        | is given twice
            {"a":"x\\u0000"}               | a          | must not contain the character U+0000
            {"a":["ok","\\u0000"]}         | a[1]       | must not contain the character U+0000
            {"a\\u0000":1}                 | body       | U+0000
            {"a":1e9999999999}             | a          | too large
            """)
    void aBodyThatCannotBeStoredOrBoundFaithfullyIsRefusedAtItsPath(String json, String field, String message) {
        assertThatThrownBy(() -> JsonTree.read(new StringReader(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get(0).field()).isEqualTo(field);
                    assertThat(e.fieldErrors().get(0).message()).contains(message);
                });
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> JsonTree.read(new StringReader(deep)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nested deeper than 64");
    }

    @Test
    void brokenSyntaxStaysAParsingError() {
        assertThatThrownBy(() -> JsonTree.read(new StringReader("{\"a\":"))).isInstanceOf(JsonParsingException.class);
        assertThatThrownBy(() -> JsonTree.read(new StringReader("{} {}"))).isInstanceOf(JsonParsingException.class);
    }
}
