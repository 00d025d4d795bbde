package dev.usher.api.messaging;

import dev.usher.deliveries.boundary.DeliveryView;
import dev.usher.messaging.boundary.DirectMessage;
import dev.usher.messaging.boundary.WhatsAppMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
@Path("events/{eventId}/whatsapp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "WhatsApp")
public class WhatsAppResource {
    // The broadcast (POST .../whatsapp/broadcast) is BroadcastsResource: a job of its own.

    @Inject
    WhatsAppMessages messages;

    @POST
    @Operation(operationId = "sendWhatsApp", summary = "Send a WhatsApp text or approved template to one guest (any member)",
            description = "The message is recorded in the ledger before WhatsApp is called; the answer is the record "
                    + "after WhatsApp's answer. Placeholders {firstName}, {lastName}, {fullName} and {eventName} are "
                    + "filled in. Throttling and WhatsApp failures are retried a bounded number of times.")
    @APIResponse(responseCode = "201", description = "Sent; Location names the message in the ledger",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "Outside the 24-hour window only an approved template may be sent "
            + "(WhatsApp error 131047)")
    @APIResponse(responseCode = "422", description = "Invalid content, a guest without a valid phone, or WhatsApp refused "
            + "the recipient or template (whatsappError says why)")
    @APIResponse(responseCode = "502", description = "WhatsApp failed, also after retries")
    @APIResponse(responseCode = "503", description = "WhatsApp is not configured (settings names what is missing), "
            + "refused Usher's token, or throttles Usher")
    public Response send(@PathParam("eventId") UUID eventId, DirectMessage message, @Context UriInfo uri) {
        DeliveryView sent = messages.send(eventId, message);
        return Response.created(uri.getBaseUriBuilder().path("events").path(eventId.toString())
                        .path("messages").path(sent.id().toString()).build())
                .entity(sent).build();
    }
}
