package dev.usher.api.messaging;

import dev.usher.deliveries.boundary.DeliveryView;
import dev.usher.messaging.boundary.WhatsAppMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/messages/{messageId}/resend")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "WhatsApp")
public class InDoubtResendResource {

    @Inject
    WhatsAppMessages messages;

    @POST
    @Operation(operationId = "resendInDoubt", summary = "Send again a broadcast message left in doubt by a crash "
            + "(state sending) - an explicit operator decision, since it may have gone out (admin or editor)")
    @APIResponse(responseCode = "200", description = "The message, sent again on the same record")
    @APIResponse(responseCode = "409", description = "The message is not a broadcast message left in doubt")
    public DeliveryView resend(@PathParam("eventId") UUID eventId, @PathParam("messageId") UUID messageId) {
        return messages.resendInDoubt(eventId, messageId);
    }
}
