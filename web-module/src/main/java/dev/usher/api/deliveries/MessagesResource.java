package dev.usher.api.deliveries;

import dev.usher.api.QueryParams;
import dev.usher.deliveries.boundary.Deliveries;
import dev.usher.deliveries.boundary.DeliveryFilter;
import dev.usher.deliveries.boundary.DeliveryTotals;
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

@ApplicationScoped
@Path("events/{eventId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class MessagesResource {

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(operationId = "listMessages", summary = "The event's outbound messages on every channel (any member), "
            + "newest first, with filters and paging")
    public Page<DeliveryView> list(
            @PathParam("eventId") UUID eventId,
            @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(schema = @Schema(implementation = DeliveryState.class)) @QueryParam("state") String state,
            @Parameter(description = "A guest's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("guest") String guest,
            @Parameter(description = "A broadcast's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("broadcast") String broadcast,
            @Parameter(description = "Comma-separated keys (queuedAt, updatedAt, state, channel); prefix - for "
                    + "descending. Default -queuedAt") @QueryParam("sort") String sort,
            @Parameter(description = "Rows to skip (default 0)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("skip") String skip,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        return deliveries.list(eventId, filter(channel, state, guest, broadcast), sort,
                PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit)));
    }

    @GET
    @Path("totals")
    @Operation(operationId = "getMessageTotals", summary = "Counts by state of the messages the filters select (any "
            + "member); with broadcast=<id>, that broadcast's totals")
    public DeliveryTotals totals(
            @PathParam("eventId") UUID eventId,
            @Parameter(schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(description = "A guest's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("guest") String guest,
            @Parameter(description = "A broadcast's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("broadcast") String broadcast) {
        return deliveries.totals(eventId, filter(channel, null, guest, broadcast));
    }

    @GET
    @Path("{messageId}")
    @Operation(operationId = "getMessage", summary = "One outbound message and its history of states (any member)")
    public DeliveryView get(@PathParam("eventId") UUID eventId, @PathParam("messageId") UUID messageId) {
        return deliveries.get(eventId, messageId);
    }

    static DeliveryFilter filter(String channel, String state, String guest, String broadcast) {
        return new DeliveryFilter(QueryParams.enumValue(Channel.class, "channel", channel),
                QueryParams.enumValue(DeliveryState.class, "state", state),
                QueryParams.uuid("guest", guest),
                QueryParams.uuid("broadcast", broadcast));
    }
}
