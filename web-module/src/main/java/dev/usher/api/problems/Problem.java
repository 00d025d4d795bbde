package dev.usher.api.problems;

import dev.usher.platform.errors.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: {@code type} is a stable URN per kind of problem, {@code detail}
 * names what is wrong with this request, {@code errors} lists bad fields.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; some problems add the extension members below",
        properties = {
                @SchemaProperty(name = "duplicateOf", type = SchemaType.STRING, format = "uuid",
                        description = "409 on adding a guest: the existing guest with this phone or e-mail"),
                @SchemaProperty(name = "userId", type = SchemaType.STRING, format = "uuid",
                        description = "409 on inviting a member: the user who is already a member"),
                @SchemaProperty(name = "settings", type = SchemaType.ARRAY, implementation = String.class,
                        description = "503: the environment variables to set"),
                @SchemaProperty(name = "retryAfterSeconds", type = SchemaType.INTEGER, format = "int64",
                        description = "429: when to try again (also in Retry-After)"),
                @SchemaProperty(name = "whatsappError", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                        description = "WhatsApp's own error: httpStatus, code, subcode, message, fbtraceId")})
public record Problem(
        @Schema(example = "urn:usher:problem:invalid-input") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "422") int status,
        @Schema(example = "phone: is too short") String detail,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:usher:problem:";
    private static final Jsonb JSONB = JsonbBuilder.create();

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors));
    }

    /** The body as JSON, with any extension members after the standard ones. */
    public String toJson(Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        extensions.forEach(body::putIfAbsent);
        return JSONB.toJson(body);
    }

    public Response toResponse() {
        return toResponse(Map.of());
    }

    public Response toResponse(Map<String, Object> extensions) {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson(extensions)).build();
    }
}
