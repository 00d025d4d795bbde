package dev.usher.api.guests;

import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.boundary.HouseholdInput;
import dev.usher.guests.boundary.HouseholdSubmission;
import dev.usher.guests.boundary.Households;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/guests/{guestId}/household")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Guests")
public class HouseholdsResource {

    @Inject
    Households households;

    @PUT
    @Operation(operationId = "arrangeHousehold", summary = "Set a guest's members invited by name and the "
            + "plus-ones it may name (editor); the party size follows")
    @APIResponse(responseCode = "200", description = "The guest with its household")
    public GuestView arrange(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId,
                             HouseholdInput input) {
        return households.arrange(eventId, guestId, input);
    }

    @PUT
    @Path("reply")
    @Operation(operationId = "recordHouseholdReply", summary = "Record a household's whole reply on its behalf "
            + "(editor): attendance per member, plus-ones' names, answers; checked as a whole, nothing written "
            + "on any fault")
    @APIResponse(responseCode = "200", description = "The guest with its household")
    @APIResponse(responseCode = "422", description = "Fields such as members[1].answers.<questionId> named")
    public GuestView reply(@PathParam("eventId") UUID eventId, @PathParam("guestId") UUID guestId,
                           HouseholdSubmission reply) {
        return households.reply(eventId, guestId, reply);
    }
}
