package dev.usher.api.problems;

import dev.usher.platform.errors.UsherException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business failure from a boundary, as its problem. */
@Provider
public class UsherExceptionMapper implements ExceptionMapper<UsherException> {

    @Override
    public Response toResponse(UsherException e) {
        return Problems.of(e);
    }
}
