package dev.usher.api.identity;

import dev.usher.identity.boundary.Me;
import dev.usher.identity.boundary.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    @Inject
    Users users;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in caller and their global roles (user, super-admin, scanner, batch-operator)")
    public Me me() {
        return users.me();
    }
}
