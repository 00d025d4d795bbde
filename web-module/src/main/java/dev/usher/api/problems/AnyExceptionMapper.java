package dev.usher.api.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything not mapped more precisely: wrapped business errors from the EJB container,
 * malformed JSON, unknown paths, wrong methods, and true surprises (500 with an incident id).
 */
@Provider
public class AnyExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable thrown) {
        return Problems.of(thrown);
    }
}
