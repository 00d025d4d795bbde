package dev.usher.api.imports;

import dev.usher.api.jobs.JobAccepted;
import dev.usher.imports.boundary.GoogleImportRequest;
import dev.usher.imports.boundary.GoogleImports;
import dev.usher.jobs.boundary.JobView;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/guests/import-google")
@Tag(name = "Guests")
public class GoogleImportResource {

    @Inject
    GoogleImports google;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importGoogleContacts", summary = "Import chosen Google contacts and contact groups "
            + "of your connected account; starts the same guest-import job as a file (editor)")
    @APIResponse(responseCode = "202", description = "The import job, started",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response start(@PathParam("eventId") UUID eventId, GoogleImportRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("contacts", "choose at least one contact or contact group");
        }
        return JobAccepted.of(google.importContacts(eventId, request), uri);
    }
}
