package dev.usher.api.problems;

import dev.usher.platform.errors.UsherException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any throwable into a problem response. Known causes are found anywhere in the
 * cause chain (the EJB container and the JSON provider wrap them); anything else is a
 * 500 whose detail is only an incident id, logged with the stack trace for operators.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Response of(UsherException e) {
        Response problem = Problem.of(e.status(), e.type(), e.title(), e.getMessage())
                .withErrors(e.fieldErrors())
                .toResponse(e.extensions());
        if (e.headers().isEmpty()) {
            return problem;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(problem);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    public static Response of(Throwable thrown) {
        // Looked for first: the JSON parser reports a body cut off at the limit as broken JSON.
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return Problem.of(413, "body-too-large", "Request body too large", tooLarge.getMessage()).toResponse();
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UsherException usher) {
                return of(usher);
            }
            if (t instanceof EJBAccessException) {
                return Problem.of(403, "forbidden", "Forbidden",
                        "Your sign-in does not carry the role this action needs").toResponse();
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of(409, "conflict", "Conflict",
                        "Someone else changed this at the same time; read it again and retry").toResponse();
            }
            if (t instanceof JsonException || t instanceof JsonbException) {
                return Problem.of(400, "malformed-body", "Malformed request body",
                        JsonErrors.describe(t)).toResponse();
            }
            if (t instanceof WebApplicationException web && web.getResponse() != null) {
                return ofStatus(web.getResponse().getStatus(), null);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problem.of(500, "internal", "Internal server error",
                "Something went wrong on our side; report incident " + incident).toResponse();
    }

    /** A problem for a bare HTTP status (unknown path, wrong method, unsupported media type). */
    public static Response ofStatus(int status, String detail) {
        return forStatus(status, detail).toResponse();
    }

    static Problem forStatus(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String text = detail != null ? detail : switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource cannot answer in the media type asked for";
            case 415 -> "Send the body in a media type this operation takes (see the OpenAPI document)";
            default -> title;
        };
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Problem.of(status, slug, title, text);
    }
}
