package dev.usher.api.privacy;

import dev.usher.api.NoStore;
import dev.usher.privacy.boundary.PersonalData;
import dev.usher.privacy.boundary.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("admin/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PersonalDataResource {

    @Inject
    PersonalData personalData;

    @GET
    @Operation(operationId = "exportPersonalData", summary = "Everything Usher holds about an e-mail address or a "
            + "phone number, in every event (super-admins): accounts, guest records with their RSVP history, "
            + "invitations and sent messages")
    @APIResponse(responseCode = "200", description = "The export (not to be cached)",
            content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "422", description = "Neither or both of email and phone, or a phone number that "
            + "is not one; the problem names the parameter")
    public Response export(@Parameter(description = "An e-mail address (any case)") @QueryParam("email") String email,
                           @Parameter(description = "A phone number with its country code, e.g. +972541234567")
                           @QueryParam("phone") String phone) {
        return NoStore.ok(personalData.export(email, phone), MediaType.APPLICATION_JSON);
    }
}
