package dev.usher.api.privacy;

import dev.usher.privacy.boundary.ErasureReport;
import dev.usher.privacy.boundary.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/guests/{guestId}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class GuestErasureResource {

    @Inject
    PersonalData personalData;

    @POST
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "eraseGuest", summary = "Erase a guest on request (admin): the guest and their "
            + "household, answers and RSVP history are deleted; their invitations (revoked), delivery-ledger rows and "
            + "webhook payloads keep the event's counts without their name, address or number; the event's stored "
            + "import files are removed. All or nothing.")
    @APIResponse(responseCode = "200", description = "Erased; what was changed, as counts")
    @APIResponse(responseCode = "404", description = "No such guest in this event")
    @APIResponse(responseCode = "409", description = "An import of the event is running; erase once it has ended")
    public ErasureReport erase(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId) {
        return personalData.erase(eventId, guestId);
    }
}
