package dev.usher.api.guests;

import dev.usher.api.QueryParams;
import dev.usher.guests.boundary.ActivityPage;
import dev.usher.guests.boundary.GuestActivity;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guests")
public class ActivityResource {

    @Inject
    GuestActivity activity;

    @GET
    @Operation(operationId = "getActivity", summary = "The event's RSVP changes (any member), newest first, paged; "
            + "with after, only the changes newer than that one (for polling)")
    public ActivityPage list(
            @PathParam("eventId") UUID eventId,
            @Parameter(description = "The id of the newest change the caller has (the previous answer's newest): "
                    + "answers only newer changes, at most 100", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("after") String after,
            @Parameter(description = "Rows to skip (default 0)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("skip") String skip,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        UUID newerThan = QueryParams.uuid("after", after);
        if (newerThan != null) {
            return activity.newer(eventId, newerThan);
        }
        return activity.page(eventId, PageRequest.of(QueryParams.integer("skip", skip),
                QueryParams.integer("limit", limit)));
    }
}
