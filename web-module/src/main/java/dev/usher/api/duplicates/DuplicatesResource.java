package dev.usher.api.duplicates;

import dev.usher.api.QueryParams;
import dev.usher.duplicates.boundary.DismissalInput;
import dev.usher.duplicates.boundary.DuplicateList;
import dev.usher.duplicates.boundary.Duplicates;
import dev.usher.duplicates.boundary.MergeInput;
import dev.usher.duplicates.boundary.MergeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duplicates")
public class DuplicatesResource {

    @Inject
    Duplicates duplicates;

    @GET
    @Operation(operationId = "findDuplicates", summary = "Likely duplicate guests (editor+): groups sharing a phone or "
            + "e-mail, and pairs with similar names in the same side and family, highest score first; dismissed pairs "
            + "are left out")
    @APIResponse(responseCode = "200", description = "The best groups and how many there are")
    @APIResponse(responseCode = "422", description = "limit is not 1 to 500")
    public DuplicateList find(@PathParam("eventId") UUID eventId,
                              @Parameter(description = "Groups to return, 1 to 500 (default 100)")
                              @QueryParam("limit") String limit) {
        return duplicates.find(eventId, QueryParams.integer("limit", limit));
    }

    @POST
    @Path("merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeGuests", summary = "Merge guests into one (editor+): the kept guest takes the chosen "
            + "value of each field, the merged guests' invitations, messages, RSVP history, answers and links move to it, "
            + "and the merged guests are removed. One transaction; undoable for 24 hours")
    @APIResponse(responseCode = "201", description = "Merged; the merge and the kept guest",
            content = @Content(schema = @Schema(implementation = MergeView.class)))
    @APIResponse(responseCode = "404", description = "A guest is not one of this event's")
    @APIResponse(responseCode = "409", description = "More than one of the guests holds a live invitation")
    @APIResponse(responseCode = "422", description = "Bad input; the problem names the field")
    public Response merge(@PathParam("eventId") UUID eventId, MergeInput input, @Context UriInfo uri) {
        MergeView merge = duplicates.merge(eventId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(merge.id().toString()).build()).entity(merge).build();
    }

    @GET
    @Path("merges")
    @Operation(operationId = "listUndoableMerges", summary = "The event's merges that can still be undone, newest first (editor+)")
    public List<MergeView> merges(@PathParam("eventId") UUID eventId) {
        return duplicates.undoable(eventId);
    }

    @GET
    @Path("merges/{mergeId}")
    @Operation(operationId = "getMerge", summary = "One merge of the event, undone or not (editor+)")
    @APIResponse(responseCode = "404", description = "No such merge in this event")
    public MergeView merge(@PathParam("eventId") UUID eventId, @PathParam("mergeId") UUID mergeId) {
        return duplicates.merge(eventId, mergeId);
    }

    @POST
    @Path("merges/{mergeId}/undo")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "undoMerge", summary = "Undo a merge (editor+): the merged guests come back with what was "
            + "moved from them, and the kept guest gets its fields back")
    @APIResponse(responseCode = "200", description = "Undone")
    @APIResponse(responseCode = "404", description = "No such merge in this event")
    @APIResponse(responseCode = "409", description = "Already undone, or the 24 hours are over")
    public MergeView undo(@PathParam("eventId") UUID eventId, @PathParam("mergeId") UUID mergeId) {
        return duplicates.undo(eventId, mergeId);
    }

    @POST
    @Path("dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissDuplicates", summary = "Not duplicates (editor+): every pair among these guests "
            + "is not shown again")
    @APIResponse(responseCode = "200", description = "How many pairs were newly dismissed")
    @APIResponse(responseCode = "404", description = "A guest is not one of this event's")
    @APIResponse(responseCode = "422", description = "guestIds is missing, has fewer than 2 or more than 20, or repeats")
    public Map<String, Integer> dismiss(@PathParam("eventId") UUID eventId, DismissalInput input) {
        return Map.of("dismissed", duplicates.dismiss(eventId, input));
    }
}
