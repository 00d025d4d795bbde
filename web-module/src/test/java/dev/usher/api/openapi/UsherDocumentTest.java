package dev.usher.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document this build wrote (process-classes, before the tests) reads as generators need it. */
class UsherDocumentTest {

    private static final JsonObject DOCUMENT = read();

    @Test
    void noSchemaCarriesWhatGeneratorsMisread() {
        List<String> found = new ArrayList<>();
        walk(DOCUMENT, "", found);
        assertThat(found).isEmpty();
        assertThat(DOCUMENT.getJsonObject("components").getJsonObject("schemas").keySet())
                .doesNotContainAnyElementsOf(PortableSchemas.LEAKED);
    }

    @Test
    void everyAnswerDeclaresItsBodyAndEveryErrorIsAProblem() {
        List<String> missing = new ArrayList<>();
        DOCUMENT.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) ->
                op.asJsonObject().getJsonObject("responses").forEach((code, response) -> {
                    JsonObject content = response.asJsonObject().getJsonObject("content");
                    String where = method + " " + path + " " + code;
                    if (code.startsWith("4") || code.startsWith("5")) {
                        if (content == null || !content.containsKey("application/problem+json")) {
                            missing.add(where + ": no problem body");
                        }
                    } else if (!code.equals("204") && (content == null || content.values().stream()
                            .anyMatch(media -> !media.asJsonObject().containsKey("schema")))) {
                        missing.add(where + ": no body schema");
                    }
                    if ((code.equals("201") || code.equals("202")) && !response.asJsonObject()
                            .getJsonObject("headers").containsKey("Location")) {
                        missing.add(where + ": no Location");
                    }
                })));
        assertThat(missing).isEmpty();
    }

    @Test
    void theUploadIsABinaryFilePart() {
        JsonObject form = DOCUMENT.getJsonObject("components").getJsonObject("schemas").getJsonObject("GuestFileForm");
        assertThat(form.getJsonObject("properties").getJsonObject("file").getString("format")).isEqualTo("binary");
        assertThat(form.getJsonObject("properties").getJsonObject("dryRun").getString("type")).isEqualTo("boolean");
    }

    /** Collects a pattern beside format uuid, anything but notes beside a $ref, and JSON-P types. */
    private static void walk(JsonValue value, String at, List<String> found) {
        if (value instanceof JsonObject object) {
            if ("uuid".equals(object.getString("format", null)) && object.containsKey("pattern")) {
                found.add(at + ": pattern beside format uuid");
            }
            if (object.containsKey("$ref") && (object.containsKey("type") || object.containsKey("properties"))) {
                found.add(at + ": type or properties beside $ref");
            }
            if (object.getString("$ref", "").matches(".*/(JsonValue|EntityPart|MediaType|MultivaluedMap.*)")) {
                found.add(at + ": leaked Java type " + object.getString("$ref"));
            }
            object.forEach((key, child) -> walk(child, at + "/" + key, found));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            List<JsonValue> items = value.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), at + "[" + i + "]", found);
            }
        }
    }

    private static JsonObject read() {
        try (Reader in = Files.newBufferedReader(Path.of("target/generated-openapi/openapi.json"))) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("The build writes the document before the tests run", e);
        }
    }
}
