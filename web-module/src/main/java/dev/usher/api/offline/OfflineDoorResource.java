package dev.usher.api.offline;

import dev.usher.api.NoStore;
import dev.usher.offline.boundary.DoorConflict;
import dev.usher.offline.boundary.DoorKit;
import dev.usher.offline.boundary.OfflineDoor;
import dev.usher.offline.boundary.OfflineUpload;
import dev.usher.offline.boundary.UploadedScan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The offline station's endpoints under {@code /api/events/{id}/door}: a root of its own with a
 * literal segment, so it does not shadow {@code /api/events/{id}} of the events resource.
 */
@ApplicationScoped
@Path("events/{eventId}/door")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in")
public class OfflineDoorResource {

    @Inject
    OfflineDoor door;

    @GET
    @Path("kit")
    @Operation(operationId = "doorKit", summary = "What a station needs to admit this event's guests offline (scanner, or"
            + " the event's admin)", description = "The event's Ed25519 public key (signed codes verify with it), its "
            + "admissible invitations (name, seats, seats admitted, RSVP, door note, household, a short hash of the "
            + "older plain code) and its revoked invitations. Not kept by browsers or proxies.")
    @APIResponse(responseCode = "200", description = "The kit",
            content = @Content(schema = @Schema(implementation = DoorKit.class)))
    @APIResponse(responseCode = "403", description = "The caller may not admit at this event's door; the detail says why")
    @APIResponse(responseCode = "503", description = "USHER_DOOR_KEY_SECRET is not set on this server")
    public Response kit(@PathParam("eventId") UUID eventId) {
        return NoStore.ok(door.kit(eventId), MediaType.APPLICATION_JSON);
    }

    @POST
    @Path("offline-scans")
    @Operation(operationId = "uploadOfflineScans", summary = "Upload what a station admitted offline (scanner, or the "
            + "event's admin)", description = "Each scan is stored once per nonce (an upload repeated stores nothing "
            + "twice) and applied to the invitation's seats; one the server cannot honour any more (its seats went "
            + "elsewhere meanwhile, or it was revoked) is answered and recorded as a conflict for organizers.")
    @APIResponse(responseCode = "200", description = "One answer per scan, in order")
    public List<UploadedScan> upload(@PathParam("eventId") UUID eventId, OfflineUpload upload) {
        return door.upload(eventId, upload);
    }

    @GET
    @Path("conflicts")
    @Operation(operationId = "doorConflicts", summary = "Admissions offline stations made that collided with others "
            + "(any member of the event)", description = "Each names the invitation, the offline device and its clock, "
            + "and the admissions of the same seats the server had honoured (station, device, when).")
    public List<DoorConflict> conflicts(@PathParam("eventId") UUID eventId) {
        return door.conflicts(eventId);
    }
}
