package dev.usher.api.audit;

import dev.usher.audit.boundary.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The trail as a CSV download, a link a browser can follow. A root of its own: {@code audit.csv} is
 * not a segment below {@code audit}, so {@link AuditResource}'s path cannot hold it.
 */
@ApplicationScoped
@Path("events/{eventId}/audit.csv")
@Tag(name = "Audit")
public class AuditCsvResource {

    @Inject
    AuditTrail trail;

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportAuditEntries", summary = "The event's audit trail as CSV (admin, or super-admin), "
            + "with the same filters as the list, newest first, at most 100,000 entries; cells a spreadsheet would run "
            + "as formulas are prefixed with an apostrophe")
    @APIResponse(responseCode = "200", description = "audit.csv, UTF-8, one header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("eventId") UUID eventId, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("subjectType") String subjectType,
                           @QueryParam("subjectId") String subjectId, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        return AuditResource.csv(trail, eventId, AuditResource.filter(actor, action, subjectType, subjectId, from, to));
    }
}
