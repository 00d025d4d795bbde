package dev.usher.api.invitations;

import dev.usher.invitations.boundary.InvitationPreviewRequest;
import dev.usher.invitations.boundary.InvitationPreviews;
import dev.usher.invitations.boundary.InvitationTestSend;
import dev.usher.mail.MailPreviewPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/invitation-mail")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Guest invitations")
public class InvitationMailResource {

    @Inject
    InvitationPreviews previews;

    @Inject
    MailPreviewPages pages;

    @POST
    @Path("preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "previewInvitationMail", summary = "The invitation e-mail's HTML for a guest of the event "
            + "or a sample guest (admin), with the event's brand; inline images as data: URIs. Show it sandboxed.",
            description = "Makes no invitation: the code in the preview's QR is never stored and admits nobody.")
    @APIResponse(responseCode = "200", description = "The HTML part of the e-mail; Content-Location names the same "
            + "HTML as a page of its own for a few minutes (its own policy: inline styles, data: images), for a frame",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response preview(@PathParam("eventId") UUID eventId, InvitationPreviewRequest request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String html = previews.preview(eventId, request);
        // The same HTML as a page of its own, under its own policy: the console frames that (see MailPreviewPage).
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Location", pages.publish(eventId, html)).cacheControl(noStore).build();
    }

    @POST
    @Path("test")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendTestInvitationMail", summary = "E-mail the invitation, as a guest (or a sample "
            + "guest) would get it, to the signed-in member's own address (admin)",
            description = "Subject starts with [Test]; the code admits nobody. Recorded in the ledger as kind "
                    + "invitation-test with no guest and no invitation, so it never counts as a guest's invitation. "
                    + "At most USHER_MAIL_TEST_SENDS_PER_MINUTE (default 3) a minute per member: 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Sent, or why not",
            content = @Content(schema = @Schema(implementation = InvitationTestSend.class)))
    @APIResponse(responseCode = "429", description = "Too many test sends this minute")
    public InvitationTestSend test(@PathParam("eventId") UUID eventId, InvitationPreviewRequest request) {
        return previews.sendTest(eventId, request);
    }
}
