package dev.usher.api.rsvp;

import dev.usher.api.NoStore;
import dev.usher.rsvp.boundary.GuestRsvpLinks;
import dev.usher.rsvp.boundary.RsvpLinkView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A guest's RSVP link (editors and admins). Its own root: its literal prefix is longer than
 * GuestsResource's {@code events/{eventId}/guests}, so JAX-RS picks it for .../guests/{guestId}/rsvp-link.
 * The link is a credential: answers are not cached.
 */
@ApplicationScoped
@Path("events/{eventId}/guests/{guestId}/rsvp-link")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RSVP")
public class GuestRsvpLinkResource {

    @Inject
    GuestRsvpLinks links;

    @POST
    @Operation(operationId = "getOrCreateRsvpLink", summary = "The guest's live RSVP link, made now if there is none (editor)")
    public Response link(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        return NoStore.ok(links.link(eventId, guestId), MediaType.APPLICATION_JSON);
    }

    @POST
    @Path("rotation")
    @Operation(operationId = "rotateRsvpLink", summary = "A new RSVP link in place of the live one, which stops working; "
            + "the invitation code is untouched (editor)")
    public Response rotate(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        return NoStore.ok(links.rotate(eventId, guestId), MediaType.APPLICATION_JSON);
    }

    @DELETE
    @Operation(operationId = "revokeRsvpLink", summary = "Withdraws the live RSVP link; its page then says it was revoked (editor)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The guest has no live link")
    public void revoke(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        links.revoke(eventId, guestId);
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    @Operation(operationId = "rsvpLinkQrPng", summary = "The live RSVP link (made now if there is none) as a QR code (editor)")
    @APIResponse(responseCode = "200", description = "The image",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response qrPng(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        return NoStore.ok(links.qrPng(eventId, guestId), "image/png");
    }
}
