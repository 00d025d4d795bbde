package dev.usher.api.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * Schemas that client generators read as meant. The scanner writes things that are valid
 * OpenAPI but trip generators: a regex beside {@code format: uuid} (generators emit validators
 * that reject real ids), a {@code type} or {@code properties} beside a {@code $ref} (generators
 * take those and drop the referenced enum or form; only notes such as a description stay), and the JSON-P types behind free-form JSON ({@code JsonObject}
 * in merge patches, a station's device, a message's content) described as their Java
 * interface instead of "any JSON value".
 */
public class PortableSchemas implements OASFilter {

    /** Java types the scanner described that no client can send or read; unreferenced once the rules below ran. */
    static final List<String> LEAKED = List.of("JsonValue", "ValueType", "EntityPart", "MediaType",
            "MultivaluedMapStringString");
    private static final String JSON_VALUE = "#/components/schemas/JsonValue";

    @Override
    public Schema filterSchema(Schema schema) {
        if ("uuid".equals(schema.getFormat())) {
            schema.setPattern(null);
        }
        if (schema.getRef() != null) {
            schema.setType(null);
            schema.setProperties(null);
        }
        Schema values = schema.getAdditionalPropertiesSchema();
        if (values != null && JSON_VALUE.equals(values.getRef())) {
            schema.setAdditionalPropertiesSchema(null);
            schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            LEAKED.forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
