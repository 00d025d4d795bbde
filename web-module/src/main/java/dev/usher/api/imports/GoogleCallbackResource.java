package dev.usher.api.imports;

import dev.usher.imports.boundary.GoogleImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/**
 * Where Google sends the browser back after its consent page (the client's registered redirect URI,
 * {@code PUBLIC_BASE_URL/api/public/google/callback}). Public: the browser carries no bearer token on
 * a redirect; the one-time state names who started the connect. It answers 303 to the console
 * ({@code ?google=connected}, {@code denied} or {@code failed}).
 */
@ApplicationScoped
@Path("public/google/callback")
public class GoogleCallbackResource {

    @Inject
    GoogleImports google;

    /** Not in the API document: no client calls it, only Google's redirect of the user's browser. */
    @GET
    @Operation(hidden = true)
    public Response back(@QueryParam("state") String state, @QueryParam("code") String code,
                         @QueryParam("error") String error) {
        return Response.seeOther(URI.create(google.finish(state, code, error)))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
