package dev.usher.api.imports;

import dev.usher.api.QueryParams;
import dev.usher.api.input.JsonTree;
import dev.usher.api.jobs.JobAccepted;
import dev.usher.imports.boundary.GuestImports;
import dev.usher.imports.boundary.ImportRequest;
import dev.usher.jobs.boundary.JobView;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.NulCharacter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/guests/import-file")
@Tag(name = "Guests")
public class GuestImportsResource {

    @Inject
    GuestImports imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importGuestFile", summary = "Upload a CSV or XLSX guest file; starts a guest-import job (editor)",
            description = "Form parts: file (required), dryRun (true/false), duplicates (skip, update, create-anyway), "
                    + "mapping (JSON object from guest field to column header, e.g. {\"firstName\":\"Prénom\"}). "
                    + "Answers 202 with the job; follow Location for progress and the per-row report.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = GuestFileForm.class)))
    @APIResponse(responseCode = "202", description = "The import job, started",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response upload(@PathParam("eventId") UUID eventId,
                           @FormParam("file") EntityPart file,
                           @FormParam("dryRun") String dryRun,
                           @FormParam("duplicates") String duplicates,
                           @FormParam("mapping") String mapping,
                           @Context UriInfo uri) {
        if (file == null || file.getFileName().isEmpty()) {
            // A text field named file (no filename) is not an upload: refuse it here, with its name,
            // rather than start a job that can only fail.
            throw new InvalidInputException("file", file == null
                    ? "is missing: send the guest file as the multipart part 'file'"
                    : "must be a file part (with a filename), not a text field");
        }
        String fileName = file.getFileName().orElse("upload");
        String contentType = file.getMediaType() == null ? null : file.getMediaType().toString();
        refuseNul("file (its name)", fileName);
        refuseNul("file (its content type)", contentType);
        refuseNul("dryRun", dryRun);
        refuseNul("duplicates", duplicates);
        JobView job = imports.start(eventId, new ImportRequest(fileName, contentType, bytes(file),
                QueryParams.flag("dryRun", dryRun), duplicates, mapping(mapping)));
        return JobAccepted.of(job, uri);
    }

    /** The multipart fields are not JSON, so the U+0000 rule is applied to them here. */
    private static void refuseNul(String field, String value) {
        if (NulCharacter.in(value)) {
            throw new InvalidInputException(field, NulCharacter.MESSAGE);
        }
    }

    private static byte[] bytes(EntityPart file) {
        try (InputStream in = file.getContent()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read: " + e.getMessage());
        }
    }

    private static Map<String, String> mapping(String json) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return mapping;
        }
        JsonValue parsed;
        try {
            parsed = JsonTree.read(new StringReader(json));
        } catch (InvalidInputException e) {
            FieldError first = e.fieldErrors().get(0);
            throw new InvalidInputException("mapping", first.field() + " " + first.message());
        } catch (JsonParsingException e) {
            parsed = null;
        }
        if (!(parsed instanceof JsonObject object)) {
            throw new InvalidInputException("mapping", "must be a JSON object such as {\"firstName\": \"Prénom\"}");
        }
        object.forEach((field, header) -> {
            if (!(header instanceof JsonString text)) {
                throw new InvalidInputException("mapping." + field, "must be a column header (a string)");
            }
            mapping.put(field, text.getString());
        });
        return mapping;
    }
}
