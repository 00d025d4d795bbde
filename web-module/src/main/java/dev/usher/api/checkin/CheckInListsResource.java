package dev.usher.api.checkin;

import dev.usher.checkin.boundary.CheckInListInput;
import dev.usher.checkin.boundary.CheckInLists;
import dev.usher.checkin.entity.CheckInList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/check-in-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in")
public class CheckInListsResource {

    @Inject
    CheckInLists lists;

    @GET
    @Operation(operationId = "listCheckInLists", summary = "The event's check-in lists, the default one first (viewer)")
    public List<CheckInList> list(@PathParam("eventId") UUID eventId) {
        return lists.list(eventId);
    }

    @POST
    @Operation(operationId = "createCheckInList", summary = "Add a check-in list (editor): whom it admits, exits and"
            + " re-entry, hours")
    @APIResponse(responseCode = "201", description = "Created; Location names the list",
            content = @Content(schema = @Schema(implementation = CheckInList.class)))
    @APIResponse(responseCode = "409", description = "The event has a list of that name")
    @APIResponse(responseCode = "422", description = "A field named")
    public Response create(@PathParam("eventId") UUID eventId, CheckInListInput input, @Context UriInfo uri) {
        CheckInList created = lists.create(eventId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{listId}")
    @Operation(operationId = "updateCheckInList", summary = "Change a check-in list (editor); the default list"
            + " may only be renamed")
    public CheckInList update(@PathParam("eventId") UUID eventId, @PathParam("listId") UUID listId,
                              CheckInListInput input) {
        return lists.update(eventId, listId, input);
    }

    @DELETE
    @Path("{listId}")
    @Operation(operationId = "deleteCheckInList", summary = "Delete a check-in list nobody was scanned on (editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The default list, or a list with scans on record")
    @Produces(MediaType.WILDCARD) // 204, no body
    public void delete(@PathParam("eventId") UUID eventId, @PathParam("listId") UUID listId) {
        lists.delete(eventId, listId);
    }
}
