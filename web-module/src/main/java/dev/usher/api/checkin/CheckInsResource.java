package dev.usher.api.checkin;

import dev.usher.checkin.boundary.CheckInAnswer;
import dev.usher.checkin.boundary.CheckInRequest;
import dev.usher.checkin.boundary.CheckIns;
import dev.usher.checkin.boundary.UndoneCheckIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@RequestScoped
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

    @DELETE
    @Path("{scanId}")
    @Operation(operationId = "undoCheckIn", summary = "Undo a mistaken admission (super-admin, or the event's admin)")
    @APIResponse(responseCode = "200", description = "Undone; the seats are back on the code")
    @APIResponse(responseCode = "409", description = "The scan admitted nobody, or was already undone")
    public UndoneCheckIn undo(@PathParam("scanId") UUID scanId) {
        return checkIns.undo(scanId);
    }
}
