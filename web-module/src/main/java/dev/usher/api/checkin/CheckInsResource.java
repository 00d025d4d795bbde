package dev.usher.api.checkin;

import dev.usher.checkin.boundary.CheckInAnswer;
import dev.usher.checkin.boundary.CheckInRequest;
import dev.usher.checkin.boundary.CheckIns;
import dev.usher.checkin.boundary.DoorGuest;
import dev.usher.checkin.boundary.ManualCheckInRequest;
import dev.usher.checkin.boundary.StationAccess;
import dev.usher.checkin.boundary.UndoneCheckIn;
import dev.usher.api.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in")
public class CheckInsResource {

    @Inject
    CheckIns checkIns;

    @POST
    @Operation(operationId = "checkIn", summary = "Scan a code at the door (scanner, or an admin of the code's event)",
            description = "Answers admitted (seats admitted and left), already-used (when and where first used), "
                    + "not-enough-seats, revoked, wrong-event (station bound to another event) or unknown. A code "
                    + "never admits more people than its seats, however many stations scan it at once; a retry "
                    + "with the same nonce gets the first answer and admits no one more.")
    @APIResponse(responseCode = "200", description = "The door's answer; every attempt is recorded")
    public CheckInAnswer admit(CheckInRequest request) {
        return checkIns.admit(request);
    }

    @POST
    @Path("manual")
    @Operation(operationId = "checkInByName", summary = "Admit a guest found by name or phone (scanner, or the event's"
            + " admin)", description = "The same answers and exactly-once rule as a scan, for an invitation of the "
            + "station's event; recorded with source manual. An invitation of another event is 404.")
    @APIResponse(responseCode = "200", description = "The door's answer; every attempt is recorded")
    public CheckInAnswer admitByName(ManualCheckInRequest request) {
        return checkIns.admitByName(request);
    }

    @GET
    @Path("station-access")
    @Operation(operationId = "stationAccess", summary = "May the caller run a station at this event's door?",
            description = "A station asks when it is set up. Without eventId: a station for every event (scanners "
                    + "only). 403 names why the caller cannot admit there. The answer lists the event's check-in lists;"
                    + " a listId that is not one of them is a 422.")
    @APIResponse(responseCode = "200", description = "Yes, and on what grounds")
    @APIResponse(responseCode = "403", description = "No: neither the scanner role nor the admin role in the event")
    public StationAccess stationAccess(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("eventId") String eventId,
            @Parameter(description = "The check-in list the station is to admit to (422 if not the event's)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("listId") String listId) {
        return checkIns.stationAccess(QueryParams.uuid("eventId", eventId), QueryParams.uuid("listId", listId));
    }

    @GET
    @Path("guests")
    @Operation(operationId = "searchAtTheDoor", summary = "Find an event's invitations by name or phone (scanner, or the"
            + " event's admin)", description = "q: part of the name, or a phone number as typed (local numbers are "
            + "read in the event's phone region). At most 20 results.")
    public List<DoorGuest> search(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("eventId") String eventId,
            @QueryParam("q") String q) {
        return checkIns.search(QueryParams.uuid("eventId", eventId), q);
    }

    @DELETE
    @Path("{scanId}")
    @Operation(operationId = "undoCheckIn", summary = "Undo an admission (its staff member within the undo window;"
            + " super-admins and the event's admins at any time)")
    @APIResponse(responseCode = "200", description = "Undone; the seats are back on the code")
    @APIResponse(responseCode = "403", description = "Someone else's admission")
    @APIResponse(responseCode = "409", description = "The undo window passed, the scan admitted nobody, or it was"
            + " already undone")
    public UndoneCheckIn undo(@PathParam("scanId") UUID scanId) {
        return checkIns.undo(scanId);
    }
}
