package dev.usher.platform.errors;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. It carries the HTTP status and a problem type, so
 * the web module maps every subclass the same way, and it rolls the transaction back so
 * nothing is half-written.
 *
 * <p>The message is shown to the caller as the problem's {@code detail}: it must name
 * what is wrong and never contain a token, secret or another event's data.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class UsherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected UsherException(String detail) {
        super(detail);
    }

    protected UsherException(String detail, Throwable cause) {
        super(detail, cause);
    }

    /** HTTP status code of the problem. */
    public abstract int status();

    /** Short stable slug of the problem type, e.g. {@code not-found}. */
    public abstract String type();

    /** Human title of the problem type, the same for every occurrence. */
    public abstract String title();

    /** Field-level errors, empty unless the input was invalid. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }

    /** Extra members of the problem body (e.g. the id of a duplicate). */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** HTTP headers the answer must carry (e.g. {@code Retry-After} with a 429). */
    public Map<String, String> headers() {
        return Map.of();
    }
}
