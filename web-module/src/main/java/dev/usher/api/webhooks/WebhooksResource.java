package dev.usher.api.webhooks;

import dev.usher.webhooks.boundary.WebhookCreated;
import dev.usher.webhooks.boundary.WebhookDeliveryView;
import dev.usher.webhooks.boundary.WebhookInput;
import dev.usher.webhooks.boundary.WebhookView;
import dev.usher.webhooks.boundary.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @GET
    @Operation(operationId = "listWebhooks", summary = "The event's webhook subscriptions, without their secrets (admin)")
    public List<WebhookView> list(@PathParam("eventId") UUID eventId) {
        return webhooks.list(eventId);
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types (admin); the answer carries "
            + "the signing secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Created; Location names the subscription",
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response create(@PathParam("eventId") UUID eventId, WebhookInput input, @Context UriInfo uri) {
        WebhookCreated created = webhooks.create(eventId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{webhookId}")
    @Operation(operationId = "getWebhook", summary = "One webhook subscription, without its secret (admin)")
    public WebhookView get(@PathParam("eventId") UUID eventId, @PathParam("webhookId") UUID webhookId) {
        return webhooks.get(eventId, webhookId);
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription, its queue and its log (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts will do
    public void delete(@PathParam("eventId") UUID eventId, @PathParam("webhookId") UUID webhookId) {
        webhooks.delete(eventId, webhookId);
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's latest deliveries, newest first, "
            + "with their state, attempts and the receiver's last answer (admin)")
    public List<WebhookDeliveryView> deliveries(@PathParam("eventId") UUID eventId,
                                                @PathParam("webhookId") UUID webhookId) {
        return webhooks.deliveries(eventId, webhookId);
    }

    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a finished delivery's payload again, as a "
            + "new delivery at the end of the subscription's queue (admin)")
    public WebhookDeliveryView redeliver(@PathParam("eventId") UUID eventId, @PathParam("webhookId") UUID webhookId,
                                         @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(eventId, webhookId, deliveryId);
    }
}
