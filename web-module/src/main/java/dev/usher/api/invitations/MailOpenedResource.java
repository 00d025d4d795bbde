package dev.usher.api.invitations;

import dev.usher.invitations.boundary.InvitationValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Base64;

/**
 * The tracking pixel of invitation e-mails (only in them when {@code USHER_MAIL_TRACKING_PIXEL=true}):
 * a transparent 1x1 GIF, always, so it reveals nothing; fetching it marks the e-mail opened.
 */
@ApplicationScoped
@Path("public/mail-opened")
@Tag(name = "Public")
@SecurityRequirements
public class MailOpenedResource {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Inject
    InvitationValidation validation;

    @GET
    @Path("{reference}.gif")
    @Produces("image/gif")
    @Operation(operationId = "mailOpened", summary = "Tracking pixel of an invitation e-mail (public)")
    @APIResponse(responseCode = "200", description = "A transparent 1x1 GIF",
            content = @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response opened(@PathParam("reference") String reference) {
        validation.opened(reference);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(PIXEL, "image/gif").cacheControl(noStore).build();
    }
}
