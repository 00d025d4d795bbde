package dev.usher.api.events;

import dev.usher.events.boundary.EventInput;
import dev.usher.events.boundary.EventSummary;
import dev.usher.events.boundary.EventView;
import dev.usher.events.boundary.Events;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventsResource {

    @Inject
    Events events;

    @POST
    @Operation(operationId = "createEvent", summary = "Create an event; the caller becomes its admin")
    @APIResponse(responseCode = "201", description = "Created; Location names the event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response create(EventInput input, @Context UriInfo uri) {
        EventView created = events.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listMyEvents", summary = "The caller's events with quick stats (guest total, confirmed, declined, confirmation rate)")
    public List<EventSummary> mine() {
        return events.mine();
    }

    @GET
    @Path("{eventId}")
    @Operation(operationId = "getEvent", summary = "One event (any member)")
    public EventView get(@PathParam("eventId") UUID eventId) {
        return events.get(eventId);
    }

    @PATCH
    @Path("{eventId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateEvent", summary = "Change an event (admin): a JSON merge patch; null clears a field")
    @RequestBody(description = "Fields of EventInput to change")
    public EventView update(@PathParam("eventId") UUID eventId, JsonObject changes) {
        return events.update(eventId, changes);
    }

    @DELETE
    @Path("{eventId}")
    @Operation(operationId = "deleteEvent", summary = "Delete an event with its members and guests (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts (e.g. only problems) will do
    public void delete(@PathParam("eventId") UUID eventId) {
        events.delete(eventId);
    }
}
