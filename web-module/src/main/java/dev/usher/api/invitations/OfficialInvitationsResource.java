package dev.usher.api.invitations;

import dev.usher.api.QueryParams;
import dev.usher.invitations.boundary.BulkInvitationSends;
import dev.usher.invitations.boundary.BulkSendRequest;
import dev.usher.invitations.boundary.ExpiryChange;
import dev.usher.invitations.boundary.InvitationDetails;
import dev.usher.invitations.boundary.InvitationFilter;
import dev.usher.invitations.boundary.InvitationTotals;
import dev.usher.invitations.boundary.InvitationView;
import dev.usher.api.input.OptionalJsonBody;
import dev.usher.invitations.boundary.ResendRequest;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import dev.usher.invitations.boundary.OfficialInvitationInput;
import dev.usher.invitations.boundary.OfficialInvitations;
import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.api.jobs.JobAccepted;
import dev.usher.jobs.boundary.JobView;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.UUID;

@ApplicationScoped
@Path("admin/official-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Official invitations", description = "Super-admins only")
public class OfficialInvitationsResource {

    @Inject
    OfficialInvitations invitations;

    @Inject
    BulkInvitationSends bulk;

    @POST
    @Operation(operationId = "createOfficialInvitation",
            summary = "Create an official invitation with its QR code; sent by e-mail at once unless send is false")
    @APIResponse(responseCode = "201", description = "Created; Location names it. status says whether the e-mail went out",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    public Response create(OfficialInvitationInput input, @Context UriInfo uri) {
        InvitationView created = invitations.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listOfficialInvitations", summary = "List invitations with filters, sorting and paging")
    public Page<InvitationView> list(
            @Parameter(schema = @Schema(implementation = InvitationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Event id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("eventId") String eventId,
            @Parameter(schema = @Schema(implementation = InvitationType.class)) @QueryParam("type") String type,
            @Parameter(description = "Created on or after this day (UTC), e.g. 2027-06-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("createdFrom") String from,
            @Parameter(description = "Created on or before this day (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("createdTo") String to,
            @Parameter(description = "Free text over recipient name and e-mail") @QueryParam("q") String search,
            @Parameter(description = "Comma-separated keys (number, recipientName, email, status, type, sentAt, "
                    + "scannedAt, createdAt); prefix - for descending. Default -createdAt") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("skip") String skip,
            @Parameter(description = "1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        InvitationFilter filter = new InvitationFilter(
                QueryParams.enumValue(InvitationStatus.class, "status", status),
                QueryParams.uuid("eventId", eventId),
                QueryParams.enumValue(InvitationType.class, "type", type),
                QueryParams.date("createdFrom", from), QueryParams.date("createdTo", to), search);
        return invitations.list(filter, sort,
                PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit)));
    }

    @POST
    @Path("bulk-send")
    @Operation(operationId = "bulkSendOfficialInvitations", summary = "E-mail many official invitations (super-admin) as "
            + "an invitation-send job",
            description = "Drafts and failed sends are e-mailed, one SMTP connection per chunk, each at most once "
                    + "whatever restarts happen; invitations that already went out are counted as already-sent. "
                    + "Unknown or revoked invitations are refused before anything starts. Follow Location for progress.")
    @APIResponse(responseCode = "202", description = "The invitation-send job, started",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response bulkSend(BulkSendRequest request, @Context UriInfo uri) {
        JobView job = bulk.forInvitations(request);
        return JobAccepted.of(job, uri);
    }

    @GET
    @Path("stats")
    @Operation(operationId = "officialInvitationStats", summary = "Totals: sent, opened, scanned, pending, failed, revoked")
    public InvitationTotals stats() {
        return invitations.stats();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOfficialInvitation", summary = "One invitation with every scan of its code")
    public InvitationDetails get(@PathParam("id") UUID id) {
        return invitations.get(id);
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendOfficialInvitation", summary = "Send the e-mail again (same code)",
            description = "The code's expiry stays as it is unless the optional body renews it (expiresAt, or "
                    + "renewExpiry for the event's default counted from now).")
    @APIResponse(responseCode = "422", description = "A past expiresAt, both fields, or renewExpiry for an event "
            + "without a default expiry; the problem names the field")
    @APIResponse(responseCode = "200", description = "Sent again, or failed (see status and failureReason)")
    @APIResponse(responseCode = "409", description = "The invitation is revoked")
    @APIResponse(responseCode = "429", description = "Sent too recently or too often; Retry-After says when to try again")
    @Consumes(MediaType.WILDCARD)
    public InvitationView resend(@PathParam("id") UUID id, @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = ResendRequest.class))) InputStream body,
            @Context HttpHeaders headers) {
        return invitations.resend(id, OptionalJsonBody.read(ResendRequest.class, headers, body));
    }

    @PUT
    @Path("{id}/expiry")
    @Operation(operationId = "changeOfficialInvitationExpiry", summary = "Set or clear when the code stops admitting, "
            + "without sending anything")
    @APIResponse(responseCode = "200", description = "The invitation with its new expiry")
    @APIResponse(responseCode = "409", description = "The invitation is revoked")
    @APIResponse(responseCode = "422", description = "A past expiresAt or no body; the problem names the field")
    public InvitationView changeExpiry(@PathParam("id") UUID id, ExpiryChange change) {
        return invitations.changeExpiry(id, change);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeOfficialInvitation",
            summary = "Revoke: the code stops admitting; the invitation and its scans stay for the record")
    @APIResponse(responseCode = "204", description = "Revoked")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts (e.g. only problems) will do
    public void revoke(@PathParam("id") UUID id) {
        invitations.revoke(id);
    }

    @GET
    @Path("{id}/qr.png")
    @Produces("image/png")
    @Operation(operationId = "officialInvitationQrPng", summary = "The QR code as PNG (10 px per module, quiet zone included)")
    @APIResponse(responseCode = "200", description = "The image",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response qrPng(@PathParam("id") UUID id) {
        return image(invitations.qrPng(id), "image/png");
    }

    @GET
    @Path("{id}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "officialInvitationQrSvg", summary = "The QR code as SVG")
    @APIResponse(responseCode = "200", description = "The image",
            content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response qrSvg(@PathParam("id") UUID id) {
        return image(invitations.qrSvg(id), "image/svg+xml");
    }

    /** The image holds the token: no shared cache may keep it. */
    private static Response image(Object body, String type) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(body, type).cacheControl(noStore).build();
    }
}
