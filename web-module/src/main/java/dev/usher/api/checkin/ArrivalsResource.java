package dev.usher.api.checkin;

import dev.usher.api.QueryParams;
import dev.usher.checkin.boundary.Arrivals;
import dev.usher.checkin.boundary.ArrivalsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/arrivals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in")
public class ArrivalsResource {

    @Inject
    Arrivals arrivals;

    @GET
    @Operation(operationId = "arrivals", summary = "Who has arrived, in people, per check-in list and gate (viewer)",
            description = "Polled by the console: send the last ETag as If-None-Match and an unchanged count is a 304"
                    + " with no body. Counts are at most 2 seconds old.")
    @APIResponse(responseCode = "200", description = "The counts, with an ETag (a 304 with no body when unchanged)",
            content = @Content(schema = @Schema(implementation = ArrivalsView.class)))
    public Response arrivals(@PathParam("eventId") UUID eventId, @Context Request request) {
        ArrivalsView view = arrivals.of(eventId);
        EntityTag tag = new EntityTag(view.version());
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        cache.setPrivate(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(view)).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("guests")
    @Operation(operationId = "guestArrivals", summary = "People arrived per guest, for up to 200 guests (viewer)",
            description = "guestIds: comma-separated. Guests with nobody in are left out.")
    public List<ArrivalsView.GuestArrival> guests(@PathParam("eventId") UUID eventId,
                                                  @QueryParam("guestIds") String guestIds) {
        List<UUID> ids = guestIds == null || guestIds.isBlank() ? List.of()
                : Arrays.stream(guestIds.split(",")).map(id -> QueryParams.uuid("guestIds", id.strip())).toList();
        return arrivals.guests(eventId, ids);
    }
}
