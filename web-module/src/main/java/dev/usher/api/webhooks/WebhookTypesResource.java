package dev.usher.api.webhooks;

import dev.usher.webhooks.boundary.WebhookCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

// Not under /webhooks: /api/webhooks/* is Meta's unauthenticated callback path (web.xml).
@ApplicationScoped
@Path("webhook-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookTypesResource {

    @Inject
    WebhookCatalog catalog;

    @GET
    @Operation(operationId = "listWebhookTypes", summary = "The event types a webhook subscription may name")
    public List<String> types() {
        return catalog.types();
    }
}
