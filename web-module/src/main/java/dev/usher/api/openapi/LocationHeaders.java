package dev.usher.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Every 201 names what it created and every 202 the job it started in a Location header
 * (see {@code JobAccepted}); stated once here instead of on each operation.
 */
public class LocationHeaders implements OASFilter {

    private static final Map<String, String> MEANING = Map.of(
            "201", "The created resource",
            "202", "The started job, /api/jobs/{executionId}: follow it for progress");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        MEANING.forEach((code, description) -> {
            APIResponse response = operation.getResponses().getAPIResponse(code);
            if (response != null && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                response.addHeader("Location", OASFactory.createHeader()
                        .description(description)
                        .required(true)
                        .schema(OASFactory.createSchema().type(List.of(
                                org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))
                                .format("uri")));
            }
        });
        return operation;
    }
}
