package dev.usher.api.webhooks;

import dev.usher.webhooks.boundary.ServerWebhooks;
import dev.usher.webhooks.boundary.WebhookCreated;
import dev.usher.webhooks.boundary.WebhookDeliveryView;
import dev.usher.webhooks.boundary.WebhookInput;
import dev.usher.webhooks.boundary.WebhookView;
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

/**
 * Server-wide subscriptions, under the super-admin's {@code admin/} paths: {@code /api/webhooks/*}
 * is the public entry of incoming webhooks (Meta's), which a sign-in does not guard.
 */
@ApplicationScoped
@Path("admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class ServerWebhooksResource {

    @Inject
    ServerWebhooks webhooks;

    @GET
    @Operation(operationId = "listServerWebhooks", summary = "The server-wide webhook subscriptions (every event's "
            + "occurrences), without their secrets (super-admin)")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @POST
    @Operation(operationId = "createServerWebhook", summary = "Subscribe a URL to event types of every event "
            + "(super-admin); the answer carries the signing secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Created; Location names the subscription",
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response create(WebhookInput input, @Context UriInfo uri) {
        WebhookCreated created = webhooks.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{webhookId}")
    @Operation(operationId = "getServerWebhook", summary = "One server-wide webhook subscription, without its "
            + "secret (super-admin)")
    public WebhookView get(@PathParam("webhookId") UUID webhookId) {
        return webhooks.get(webhookId);
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(operationId = "deleteServerWebhook", summary = "Delete a server-wide webhook subscription, its queue "
            + "and its log (super-admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts will do
    public void delete(@PathParam("webhookId") UUID webhookId) {
        webhooks.delete(webhookId);
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(operationId = "listServerWebhookDeliveries", summary = "A server-wide subscription's latest "
            + "deliveries, newest first, with their state, attempts and the receiver's last answer (super-admin)")
    public List<WebhookDeliveryView> deliveries(@PathParam("webhookId") UUID webhookId) {
        return webhooks.deliveries(webhookId);
    }

    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverServerWebhookDelivery", summary = "Send a finished delivery's payload "
            + "again, as a new delivery at the end of the subscription's queue (super-admin)")
    public WebhookDeliveryView redeliver(@PathParam("webhookId") UUID webhookId,
                                         @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(webhookId, deliveryId);
    }
}
