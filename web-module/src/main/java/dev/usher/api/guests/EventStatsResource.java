package dev.usher.api.guests;

import dev.usher.guests.boundary.GuestBreakdown;
import dev.usher.guests.boundary.GuestStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guests")
public class EventStatsResource {

    @Inject
    GuestStatistics statistics;

    @GET
    @Operation(operationId = "getEventStats", summary = "Guest totals by status and by side, headcount and rates (any member)")
    public GuestBreakdown stats(@PathParam("eventId") UUID eventId) {
        return statistics.of(eventId);
    }
}
