package dev.usher.api.deliveries;

import dev.usher.api.QueryParams;
import dev.usher.deliveries.boundary.Deliveries;
import dev.usher.deliveries.boundary.DeliveryView;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A guest's message history. Its own root: its literal prefix is longer than GuestsResource's
 * {@code events/{eventId}/guests}, so JAX-RS picks it for .../guests/{guestId}/messages and
 * GuestsResource for everything else under .../guests (see docs/ARCHITECTURE.md).
 */
@ApplicationScoped
@Path("events/{eventId}/guests/{guestId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class GuestMessagesResource {

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(operationId = "listGuestMessages", summary = "One guest's messages on every channel, newest first (any member)")
    public Page<DeliveryView> list(
            @PathParam("eventId") UUID eventId,
            @PathParam("guestId") UUID guestId,
            @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(schema = @Schema(implementation = DeliveryState.class)) @QueryParam("state") String state,
            @Parameter(description = "A broadcast's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("broadcast") String broadcast,
            @Parameter(description = "As for listMessages. Default -queuedAt") @QueryParam("sort") String sort,
            @Parameter(description = "Rows to skip (default 0)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("skip") String skip,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        return deliveries.forGuest(eventId, guestId, MessagesResource.filter(channel, state, null, broadcast), sort,
                PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit)));
    }
}
