package dev.usher.api.messaging;

import dev.usher.messaging.boundary.WebhookReceipt;
import dev.usher.messaging.boundary.WhatsAppWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Meta's webhook for the WhatsApp Business Account. Public (web.xml lists /api/webhooks/*):
 * the boundary checks the verify token and the body's signature itself.
 */
@ApplicationScoped
@Path("webhooks/whatsapp")
@Tag(name = "WhatsApp webhooks")
@SecurityRequirements
public class WhatsAppWebhookResource {

    @Inject
    WhatsAppWebhooks webhooks;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "verifyWhatsAppWebhook", summary = "Meta's subscription handshake: echoes hub.challenge "
            + "when hub.mode is subscribe and hub.verify_token is WHATSAPP_VERIFY_TOKEN (public)")
    @APIResponse(responseCode = "200", description = "The challenge, as text")
    @APIResponse(responseCode = "403", description = "Wrong mode or verify token")
    @APIResponse(responseCode = "503", description = "WHATSAPP_VERIFY_TOKEN is not set")
    public String handshake(@QueryParam("hub.mode") String mode,
                            @QueryParam("hub.verify_token") String verifyToken,
                            @QueryParam("hub.challenge") String challenge) {
        return webhooks.handshake(mode, verifyToken, challenge);
    }

    /** The body is read as bytes, exactly as sent: the signature covers those bytes. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveWhatsAppWebhook", summary = "Status callbacks and guest replies from Meta, signed "
            + "with X-Hub-Signature-256 (public)",
            description = "Statuses (sent, delivered, read, failed) update the ledger by WhatsApp message id; repeats "
                    + "and late reports change nothing; unknown ids are acknowledged. A tapped Usher quick reply or a "
                    + "clear yes/no sets the guest's status and records the change.")
    @APIResponse(responseCode = "200", description = "Processed")
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing was processed")
    @APIResponse(responseCode = "503", description = "WHATSAPP_APP_SECRET is not set")
    public WebhookReceipt receive(byte[] body,
                                  @Parameter(description = "sha256=<hex HMAC-SHA256 of the body with the app secret>")
                                  @HeaderParam("X-Hub-Signature-256") String signature) {
        return webhooks.receive(body == null ? new byte[0] : body, signature);
    }
}
