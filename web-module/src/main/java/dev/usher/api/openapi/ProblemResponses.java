package dev.usher.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Adds the problem responses every operation can give, so each resource method documents
 * only its own success and its own errors: 400 malformed, 401 no token, 403 role too low, 404
 * unknown or not yours, 413 body too large, 415 body not JSON, 422 invalid fields, 500. Public
 * operations (no security) get no 401/403. An error an operation declares itself (409, 429,
 * 503...) gets the problem body too, so every 4xx and 5xx reads as a Problem.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "Malformed request: unreadable JSON, a bad query parameter",
            "404", "Not found, or not visible to the caller",
            "500", "Unexpected failure; the detail carries an incident id");
    private static final Map<String, String> SECURED = Map.of(
            "401", "No valid bearer token",
            "403", "The caller's role does not allow this");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "Request body too large",
            "415", "The body is not in a media type this operation reads",
            "422", "Invalid input; errors lists each bad field");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, COMMON);
        boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (!isPublic) {
            add(responses, SECURED);
        }
        if (operation.getRequestBody() != null) {
            add(responses, WITH_BODY);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static void add(APIResponses responses, Map<String, String> codes) {
        codes.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse()
                        .description(description)
                        .content(problemContent()));
            }
        });
    }

    private static Content problemContent() {
        MediaType mediaType = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType("application/problem+json", mediaType);
    }
}
