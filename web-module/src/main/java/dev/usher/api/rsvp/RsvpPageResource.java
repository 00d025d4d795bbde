package dev.usher.api.rsvp;

import dev.usher.api.NoStore;
import dev.usher.rsvp.boundary.RsvpPageView;
import dev.usher.rsvp.boundary.RsvpPages;
import dev.usher.rsvp.boundary.RsvpReply;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/public/rsvp/{token}}: the guest's RSVP page, public (web.xml's /api/public/*),
 * rate-limited per client address. The token is in the path, so nothing here logs the path.
 */
@RequestScoped
@Path("public/rsvp/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
@SecurityRequirements
public class RsvpPageResource {

    @Inject
    RsvpPages pages;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(operationId = "getRsvpPage", summary = "What the guest's RSVP page shows: the event, its questions, and this "
            + "guest's own household, answers and contact details (public, rate-limited per client address)")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RsvpPageView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or revoked link; the problem's revoked flag tells which")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; Retry-After says when to try again")
    public Response get(@PathParam("token") String token) {
        return NoStore.ok(pages.view(token, request.getRemoteAddr()), MediaType.APPLICATION_JSON);
    }

    @PUT
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "replyRsvp", summary = "The guest answers for their household (every member, the plus-ones they "
            + "bring, the event's questions) and/or changes their phone and e-mail (absent stays, null clears)")
    @RequestBody(content = @Content(schema = @Schema(implementation = RsvpReply.class)))
    @APIResponse(responseCode = "200", description = "The page after the reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RsvpPageView.class)))
    @APIResponse(responseCode = "409", description = "Answers are closed (the deadline passed); the problem names whom to contact")
    @APIResponse(responseCode = "422", description = "Fields are not valid (each named, e.g. members[1].answers.<questionId>); "
            + "nothing was written")
    public Response reply(@PathParam("token") String token, JsonObject body) {
        return NoStore.ok(pages.reply(token, request.getRemoteAddr(), body), MediaType.APPLICATION_JSON);
    }
}
