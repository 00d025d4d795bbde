package dev.usher.api.problems;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Everything not mapped more precisely: wrapped business errors from the EJB container,
 * malformed JSON, unknown paths, wrong methods, and true surprises (500 with an incident id).
 */
@Provider
public class AnyExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        if (thrown instanceof NotSupportedException) {
            return Problems.ofStatus(415, unsupported());
        }
        return Problems.of(thrown);
    }

    /** Which media types the operation takes, and what came instead (null: no operation known). */
    private String unsupported() {
        List<String> accepted = AcceptedMediaTypes.of(request.getMethod(), uri.getPath());
        if (accepted.isEmpty()) {
            return null;
        }
        String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return "This operation takes " + String.join(" or ", accepted) + ", not "
                + (sent == null || sent.isBlank() ? "a body without a Content-Type" : sent.split(";")[0].strip());
    }
}
