package dev.usher.api.imports;

import dev.usher.imports.boundary.GoogleConnectStart;
import dev.usher.imports.boundary.GoogleConnectionView;
import dev.usher.imports.boundary.GoogleImports;
import dev.usher.imports.control.GoogleContact;
import dev.usher.imports.control.GoogleContactGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's own Google account: connect, disconnect, and its contact groups and contacts (503 unconfigured). */
@ApplicationScoped
@Path("google")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Google contacts")
public class GoogleResource {

    @Inject
    GoogleImports google;

    @GET
    @Path("connection")
    @Operation(operationId = "getGoogleConnection", summary = "Whether your Google account is connected (503 when "
            + "Usher is not configured for Google, naming the settings)")
    public GoogleConnectionView connection() {
        return google.connection();
    }

    @POST
    @Path("connection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "connectGoogle", summary = "Start connecting your Google account: the URL of Google's "
            + "consent page (OAuth 2.0 with PKCE, scope contacts.readonly); Google sends the browser back to Usher")
    public GoogleConnectStart connect(GoogleConnectInput input) {
        return google.connect(input == null ? null : input.returnTo());
    }

    @DELETE
    @Path("connection")
    @Operation(operationId = "disconnectGoogle", summary = "Disconnect your Google account: the stored grant is "
            + "deleted and revoked at Google")
    public void disconnect() {
        google.disconnect();
    }

    @GET
    @Path("contact-groups")
    @Operation(operationId = "listGoogleContactGroups", summary = "Your Google contact groups (labels)")
    public List<GoogleContactGroup> groups() {
        return google.groups();
    }

    @GET
    @Path("contacts")
    @Operation(operationId = "listGoogleContacts", summary = "Your Google contacts: name, e-mail, phone, groups")
    public List<GoogleContact> contacts() {
        return google.contacts();
    }
}
