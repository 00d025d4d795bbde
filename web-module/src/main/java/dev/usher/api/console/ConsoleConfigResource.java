package dev.usher.api.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/public/config}: read by the console before anyone signs in. Public, and
 * holds nothing secret (a public client's id and the provider's address).
 */
@RequestScoped
@Path("public/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Console")
@SecurityRequirements
public class ConsoleConfigResource {

    @Inject
    ConsoleSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(operationId = "getConsoleConfig",
            summary = "How the web console signs in: the OpenID Connect provider, or the development sign-in (public)")
    public ConsoleConfig config() {
        return settings.forClient(request);
    }
}
