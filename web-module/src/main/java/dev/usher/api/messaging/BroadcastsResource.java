package dev.usher.api.messaging;

import dev.usher.api.jobs.JobAccepted;
import dev.usher.jobs.boundary.JobView;
import dev.usher.messaging.boundary.BroadcastRequest;
import dev.usher.messaging.boundary.WhatsAppBroadcasts;
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
@Path("events/{eventId}/whatsapp/broadcast")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "WhatsApp")
public class BroadcastsResource {

    @Inject
    WhatsAppBroadcasts broadcasts;

    @POST
    @Operation(operationId = "broadcastWhatsApp", summary = "Send a WhatsApp text or template to every guest matching "
            + "the filters, as a whatsapp-broadcast job (any member)",
            description = "Paced to USHER_WHATSAPP_BROADCAST_RATE messages per second (default 80). Each guest gets at "
                    + "most one message per broadcast, whatever restarts happen; guests without a valid phone are "
                    + "recorded as failed. Follow Location for progress; the messages list (broadcast=...) has each "
                    + "guest's outcome. With emailFallback (text only; 422 naming the field for a template) a second "
                    + "step e-mails the same text to each guest whose WhatsApp message failed and who has an e-mail "
                    + "address, once per broadcast (ledger channel email, same broadcast id; the job counts emailed "
                    + "and email-failed). Without SMTP_HOST those e-mails go to the .eml outbox, as invitations do.")
    @APIResponse(responseCode = "202", description = "The broadcast job, started",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "422", description = "Bad content, nobody matching, or emailFallback asked for a template")
    @APIResponse(responseCode = "503", description = "WhatsApp is not configured (settings names what is missing)")
    public Response start(@PathParam("eventId") UUID eventId, BroadcastRequest request, @Context UriInfo uri) {
        JobView job = broadcasts.start(eventId, request);
        return JobAccepted.of(job, uri);
    }
}
