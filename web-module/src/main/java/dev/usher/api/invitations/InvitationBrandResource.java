package dev.usher.api.invitations;

import dev.usher.invitations.boundary.InvitationBrandInput;
import dev.usher.invitations.boundary.InvitationBrandView;
import dev.usher.invitations.boundary.InvitationBrands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/invitation-brand")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guest invitations")
public class InvitationBrandResource {

    @Inject
    InvitationBrands brands;

    @GET
    @Operation(operationId = "getInvitationBrand", summary = "The brand of the event's invitation e-mails (any member)")
    public InvitationBrandView get(@PathParam("eventId") UUID eventId) {
        return brands.get(eventId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setInvitationBrand", summary = "Set the display name, colour and sender name of the "
            + "event's invitation e-mails (admin); a member left out uses the server's default")
    @APIResponse(responseCode = "422", description = "A colour that is not #RRGGBB, a name over 80 characters or "
            + "with a line break or control character (the field is named)")
    public InvitationBrandView set(@PathParam("eventId") UUID eventId, InvitationBrandInput input) {
        return brands.set(eventId, input);
    }

    @GET
    @Path("image")
    @Produces({"image/png", "image/jpeg", "image/gif"})
    @Operation(operationId = "getInvitationBrandImage", summary = "The image of the event's invitation e-mails (any member)")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "The event's invitations have no image")
    public Response image(@PathParam("eventId") UUID eventId) {
        InvitationBrands.EventImage image = brands.image(eventId);
        return Response.ok(image.bytes(), image.type()).build();
    }

    @PUT
    @Path("image")
    @Consumes({"image/png", "image/jpeg", "image/gif"})
    @Operation(operationId = "setInvitationBrandImage", summary = "Set the image of the event's invitation e-mails "
            + "(admin): PNG, JPEG or GIF, at most 256 KB, sent inline in every invitation (cid:), never linked")
    @RequestBody(content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "422", description = "Empty, too large, not an image, or not the type its "
            + "Content-Type says (field image)")
    public InvitationBrandView setImage(@PathParam("eventId") UUID eventId, byte[] image,
                                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return brands.setImage(eventId, image, contentType == null ? null : contentType.split(";", 2)[0]);
    }

    @DELETE
    @Path("image")
    @Operation(operationId = "removeInvitationBrandImage", summary = "Remove the image of the event's invitation "
            + "e-mails (admin)")
    public InvitationBrandView removeImage(@PathParam("eventId") UUID eventId) {
        return brands.removeImage(eventId);
    }
}
