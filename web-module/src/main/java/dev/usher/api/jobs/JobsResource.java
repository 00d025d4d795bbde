package dev.usher.api.jobs;

import dev.usher.api.QueryParams;
import dev.usher.jobs.boundary.JobFilter;
import dev.usher.jobs.boundary.JobView;
import dev.usher.jobs.boundary.Jobs;
import dev.usher.jobs.boundary.RowError;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

import java.util.UUID;

@ApplicationScoped
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobsResource {

    @Inject
    Jobs jobs;

    @GET
    @Operation(operationId = "listJobs", summary = "Jobs the caller may see: all for batch-operator, their "
            + "events' jobs for event admins and editors")
    public Page<JobView> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("eventId") String eventId,
            @Parameter(description = "Job name", schema = @Schema(ref = "JobType")) @QueryParam("type") String type,
            @Parameter(description = "Batch status", schema = @Schema(ref = "JobStatus")) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("skip") String skip,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit) {
        return jobs.list(new JobFilter(uuid(eventId), blankToNull(type), blankToNull(status)),
                PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit)));
    }

    @GET
    @Path("{executionId}")
    @Operation(operationId = "getJob", summary = "One job: status, counts (live while it runs) and its first row errors")
    public JobView get(@PathParam("executionId") long executionId) {
        return jobs.get(executionId);
    }

    @GET
    @Path("{executionId}/errors")
    @Operation(operationId = "listJobRowErrors", summary = "Every rejected or skipped row of a job, by row number")
    public Page<RowError> errors(@PathParam("executionId") long executionId,
                                 @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("skip") String skip,
                                 @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit) {
        return jobs.errors(executionId, PageRequest.of(QueryParams.integer("skip", skip),
                QueryParams.integer("limit", limit)));
    }

    @POST
    @Path("{executionId}/stop")
    @Operation(operationId = "stopJob", summary = "Ask a running job to stop at its next checkpoint")
    @APIResponse(responseCode = "200", description = "The job, stopping")
    @APIResponse(responseCode = "409", description = "The job is not running")
    public JobView stop(@PathParam("executionId") long executionId) {
        return jobs.stop(executionId);
    }

    @POST
    @Path("{executionId}/restart")
    @Operation(operationId = "restartJob", summary = "Restart a stopped or failed job from its last checkpoint")
    @APIResponse(responseCode = "200", description = "The new execution")
    @APIResponse(responseCode = "409", description = "The job is running or completed, or this is not its latest execution")
    public JobView restart(@PathParam("executionId") long executionId) {
        return jobs.restart(executionId);
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Query parameter eventId must be a UUID, not '" + text + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
