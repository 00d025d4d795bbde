package dev.usher.api.audit;

import dev.usher.api.QueryParams;
import dev.usher.audit.boundary.AuditEntryView;
import dev.usher.audit.boundary.AuditFilter;
import dev.usher.audit.boundary.AuditTrail;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The trail as JSON pages, or as CSV for a client that accepts only {@code text/csv} (see {@link AuditCsvResource}). */
@ApplicationScoped
@Path("events/{eventId}/audit")
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAuditEntries", summary = "The event's audit trail, newest first, with filters and "
            + "paging (admin, or super-admin)", description = "A request that accepts only text/csv gets the "
            + "CSV of exportAuditEntries instead.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter that cannot be read (named)")
    @APIResponse(responseCode = "422", description = "An unknown action or subject type, or to not after from (named)")
    public Page<AuditEntryView> list(@PathParam("eventId") UUID eventId,
                                     @Parameter(description = "The acting user's id",
                                             schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                     @QueryParam("actor") String actor,
                                     @Parameter(description = "One action, e.g. guest.updated")
                                     @QueryParam("action") String action,
                                     @Parameter(description = "A kind of subject: guest, member, invitation, event, job")
                                     @QueryParam("subjectType") String subjectType,
                                     @Parameter(description = "The subject's id (a guest's, a member's user id...)",
                                             schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                     @QueryParam("subjectId") String subjectId,
                                     @Parameter(description = "From this instant (inclusive), e.g. 2027-06-01T00:00:00Z "
                                             + "or 2027-06-01") @QueryParam("from") String from,
                                     @Parameter(description = "Before this instant (exclusive)") @QueryParam("to") String to,
                                     @Parameter(description = "Rows to skip (default 0)",
                                             schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("skip") String skip,
                                     @Parameter(description = "Page size, 1 to 500 (default 50)",
                                             schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit) {
        return trail.list(eventId, filter(actor, action, subjectType, subjectId, from, to),
                PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit)));
    }

    /** Only for a client that prefers CSV: {@code qs} keeps JSON the answer to {@code *}{@code /*}. */
    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(hidden = true) // one GET per path in OpenAPI: listAuditEntries's description names it
    public Response csv(@PathParam("eventId") UUID eventId, @QueryParam("actor") String actor,
                        @QueryParam("action") String action, @QueryParam("subjectType") String subjectType,
                        @QueryParam("subjectId") String subjectId, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        return csv(trail, eventId, filter(actor, action, subjectType, subjectId, from, to));
    }

    static Response csv(AuditTrail trail, UUID eventId, AuditFilter filter) {
        return Response.ok(trail.exportCsv(eventId, filter), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .build();
    }

    static AuditFilter filter(String actor, String action, String subjectType, String subjectId, String from,
                              String to) {
        return new AuditFilter(QueryParams.uuid("actor", actor), blankToNull(action), blankToNull(subjectType),
                QueryParams.uuid("subjectId", subjectId), QueryParams.instant("from", from),
                QueryParams.instant("to", to));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
