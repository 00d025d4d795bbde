package dev.usher.api.invitations;

import dev.usher.api.QueryParams;
import dev.usher.invitations.boundary.EventInvitations;
import dev.usher.invitations.boundary.ExpiryChange;
import dev.usher.invitations.boundary.InvitationAudience;
import dev.usher.invitations.boundary.GuestInvitationAnswer;
import dev.usher.invitations.boundary.GuestInvitationReport;
import dev.usher.invitations.boundary.GuestInvitationRequest;
import dev.usher.invitations.boundary.InvitationFilter;
import dev.usher.invitations.boundary.InvitationView;
import dev.usher.api.input.OptionalJsonBody;
import dev.usher.invitations.boundary.ResendRequest;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.api.jobs.JobAccepted;
import dev.usher.jobs.boundary.JobView;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
@Path("events/{eventId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Guest invitations")
public class EventInvitationsResource {

    @Inject
    EventInvitations invitations;

    @POST
    @Operation(operationId = "inviteGuests", summary = "Invite guests by id or by filter (admin): one invitation with a "
            + "QR code per guest, e-mailed at once unless send is false; guests without e-mail or already invited are skipped",
            description = "Up to 500 guests are handled in the request (200, the report). More are handled by the "
                    + "invitation-send job (202, the job; follow Location for progress): one SMTP connection per chunk, "
                    + "each invitation e-mailed at most once whatever restarts happen.")
    @APIResponse(responseCode = "200", description = "What was sent to whom, and who was skipped",
            content = @Content(schema = @Schema(implementation = GuestInvitationReport.class)))
    @APIResponse(responseCode = "202", description = "More than 500 guests: the invitation-send job, started",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response invite(@PathParam("eventId") UUID eventId, GuestInvitationRequest request, @Context UriInfo uri) {
        GuestInvitationAnswer answer = invitations.invite(eventId, request);
        if (answer.job() == null) {
            return Response.ok(answer.report()).build();
        }
        return JobAccepted.of(answer.job(), uri);
    }

    @POST
    @Path("count")
    @Operation(operationId = "countGuestInvitations", summary = "What inviting these guests would do, before it is "
            + "done (admin): how many are named, how many declined and are left out, skipped, and will receive it",
            description = "Takes the same body as inviteGuests and changes nothing: the confirmation step's count.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = InvitationAudience.class)))
    public InvitationAudience count(@PathParam("eventId") UUID eventId, GuestInvitationRequest request) {
        return invitations.count(eventId, request);
    }

    @POST
    @Path("{invitationId}/resend")
    @Operation(operationId = "resendEventInvitation", summary = "E-mail one of the event's invitations again, the same "
            + "code (admin); e.g. one a crashed bulk send left in doubt",
            description = "Limited per invitation like official resends: 429 with Retry-After when too soon. The code's "
                    + "expiry stays as it is unless the optional body renews it (expiresAt, or renewExpiry for the "
                    + "event's default counted from now).")
    @APIResponse(responseCode = "200", description = "Sent again, or failed (see status and failureReason)")
    @APIResponse(responseCode = "409", description = "The invitation is revoked")
    @APIResponse(responseCode = "429", description = "Sent too recently or too often; Retry-After says when to try again")
    @APIResponse(responseCode = "422", description = "A past expiresAt, both fields, or renewExpiry for an event "
            + "without a default expiry; the problem names the field")
    @Consumes(MediaType.WILDCARD)
    public InvitationView resend(@PathParam("eventId") UUID eventId, @PathParam("invitationId") UUID invitationId,
                                 @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = ResendRequest.class))) InputStream body,
            @Context HttpHeaders headers) {
        return invitations.resend(eventId, invitationId, OptionalJsonBody.read(ResendRequest.class, headers, body));
    }

    @PUT
    @Path("{invitationId}/expiry")
    @Operation(operationId = "changeEventInvitationExpiry", summary = "Set or clear when one of the event's codes "
            + "stops admitting (admin), without sending anything")
    @APIResponse(responseCode = "200", description = "The invitation with its new expiry")
    @APIResponse(responseCode = "409", description = "The invitation is revoked")
    @APIResponse(responseCode = "422", description = "A past expiresAt or no body; the problem names the field")
    public InvitationView changeExpiry(@PathParam("eventId") UUID eventId, @PathParam("invitationId") UUID invitationId,
                                       ExpiryChange change) {
        return invitations.changeExpiry(eventId, invitationId, change);
    }

    @GET
    @Operation(operationId = "listEventInvitations", summary = "The event's invitations (admin), with filters and paging")
    public Page<InvitationView> list(
            @PathParam("eventId") UUID eventId,
            @Parameter(schema = @Schema(implementation = InvitationStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = InvitationType.class)) @QueryParam("type") String type,
            @Parameter(description = "Free text over recipient name and e-mail") @QueryParam("q") String search,
            @Parameter(description = "As for official invitations; default -createdAt") @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("skip") String skip,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit) {
        InvitationFilter filter = new InvitationFilter(QueryParams.enumValue(InvitationStatus.class, "status", status),
                null, QueryParams.enumValue(InvitationType.class, "type", type), null, null, search);
        return invitations.list(eventId, filter, sort,
                PageRequest.of(QueryParams.integer("skip", skip), QueryParams.integer("limit", limit)));
    }
}
