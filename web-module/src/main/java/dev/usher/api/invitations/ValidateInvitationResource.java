package dev.usher.api.invitations;

import dev.usher.invitations.boundary.InvitationCheck;
import dev.usher.invitations.boundary.InvitationValidation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/validate-invitation/{token}}: public (web.xml lists it), rate-limited per client
 * address. The token is in the path, so nothing here logs the path.
 */
@RequestScoped
@Path("validate-invitation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
@SecurityRequirements
public class ValidateInvitationResource {

    @Inject
    InvitationValidation validation;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{token}")
    @Operation(operationId = "validateInvitation", summary = "Is this code valid? First name, event and status only; "
            + "does not use the code up (public, rate-limited per client address)")
    @APIResponse(responseCode = "200", description = "valid is false for unknown, revoked, expired or used-up codes; "
            + "outcome says which",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationCheck.class)))
    @APIResponse(responseCode = "429", description = "Too many checks from this address; Retry-After says when to try again")
    public Response validate(@PathParam("token") String token) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(validation.check(token, request.getRemoteAddr())).cacheControl(noStore).build();
    }
}
