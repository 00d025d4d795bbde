package dev.usher.api.guests;

import dev.usher.api.QueryParams;
import dev.usher.guests.boundary.GuestFilter;
import dev.usher.guests.boundary.GuestInput;
import dev.usher.guests.boundary.DoorNote;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.boundary.Guests;
import dev.usher.guests.boundary.ImportReport;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;

@ApplicationScoped
@Path("events/{eventId}/guests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Guests")
public class GuestsResource {

    @Inject
    Guests guests;

    @POST
    @Operation(operationId = "addGuest", summary = "Add a guest (editor); the phone is normalized to E.164")
    @APIResponse(responseCode = "201", description = "Created; Location names the guest",
            content = @Content(schema = @Schema(implementation = GuestView.class)))
    @APIResponse(responseCode = "409", description = "A guest with this phone or e-mail exists (duplicateOf names it)")
    public Response add(@PathParam("eventId") UUID eventId, GuestInput input,
                        @Parameter(description = "Add even if a guest with this phone or e-mail exists",
                                schema = @Schema(type = SchemaType.BOOLEAN))
                        @QueryParam("allowDuplicate") String allowDuplicate,
                        @Context UriInfo uri) {
        GuestView added = guests.add(eventId, input, QueryParams.flag("allowDuplicate", allowDuplicate));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(added).build();
    }

    @GET
    @Operation(operationId = "listGuests", summary = "List guests (any member) with filters, sorting and paging")
    public Page<GuestView> list(
            @PathParam("eventId") UUID eventId,
            @Parameter(schema = @Schema(implementation = GuestStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Exact side, case-insensitive") @QueryParam("side") String side,
            @Parameter(description = "Free text over names, phone and e-mail") @QueryParam("q") String search,
            @Parameter(description = "true: guests of whom someone has arrived at the door; false: nobody yet")
            @QueryParam("arrived") String arrived,
            @Parameter(description = "Comma-separated keys (firstName, lastName, status, side, partySize, createdAt, "
                    + "updatedAt); prefix - for descending. Default lastName,firstName") @QueryParam("sort") String sort,
            @Parameter(description = "Rows to skip (default 0)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("skip") String skip,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        GuestFilter filter = new GuestFilter(QueryParams.enumValue(GuestStatus.class, "status", status), side, search,
                arrived == null || arrived.isBlank() ? null : QueryParams.flag("arrived", arrived));
        PageRequest page = PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit));
        return guests.list(eventId, filter, sort, page);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportGuests", summary = "The guest list as CSV (any member); cells that a "
            + "spreadsheet would run as formulas are prefixed with an apostrophe")
    @APIResponse(responseCode = "200", description = "guests.csv, UTF-8, one header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("eventId") UUID eventId) {
        return Response.ok(guests.exportCsv(eventId), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"guests.csv\"")
                .build();
    }

    @GET
    @Path("{guestId}")
    @Operation(operationId = "getGuest", summary = "One guest (any member)")
    public GuestView get(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        return guests.get(eventId, guestId);
    }

    @PATCH
    @Path("{guestId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateGuest", summary = "Change a guest (editor): a JSON merge patch of GuestInput fields; null clears one")
    public GuestView update(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId,
                            JsonObject changes) {
        return guests.update(eventId, guestId, changes);
    }

    @PUT
    @Path("{guestId}/door-note")
    @Operation(operationId = "setGuestDoorNote", summary = "Set the organizer's note for the door staff (editor);"
            + " shown on the scanning station's answer; blank clears it")
    public GuestView setDoorNote(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId,
                                 DoorNote note) {
        return guests.setDoorNote(eventId, guestId, note);
    }

    @DELETE
    @Path("{guestId}")
    @Operation(operationId = "deleteGuest", summary = "Delete a guest (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts (e.g. only problems) will do
    public void delete(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        guests.delete(eventId, guestId);
    }

    @POST
    @Path("import")
    @Operation(operationId = "importGuests", summary = "Import up to 5,000 guests from a JSON array in one transaction (editor)",
            description = "Every row is checked like a single add and reported. Duplicates (same normalized phone "
                    + "or e-mail, in the list or earlier in the array) are reported, not inserted. With atomic=true "
                    + "any invalid row fails the whole import with 422 and nothing is written.")
    public ImportReport importAll(@PathParam("eventId") UUID eventId, List<GuestInput> rows,
                                  @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                                  @QueryParam("atomic") String atomic) {
        return guests.importAll(eventId, rows, QueryParams.flag("atomic", atomic));
    }
}
