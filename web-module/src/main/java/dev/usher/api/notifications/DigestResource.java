package dev.usher.api.notifications;

import dev.usher.notifications.boundary.DigestChoice;
import dev.usher.notifications.boundary.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/digest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class DigestResource {

    @Inject
    Digests digests;

    @GET
    @Operation(operationId = "getMyDigest", summary = "The caller's own RSVP digest e-mail choice for this event (any member; off unless chosen)")
    public DigestChoice mine(@PathParam("eventId") UUID eventId) {
        return digests.mine(eventId);
    }

    @PUT
    @Operation(operationId = "setMyDigest", summary = "Choose the caller's own RSVP digest e-mail for this event: off, immediate (the changes of a short window together) or daily (any member, for themself only)")
    public DigestChoice choose(@PathParam("eventId") UUID eventId, DigestChoice choice) {
        return digests.choose(eventId, choice);
    }
}
