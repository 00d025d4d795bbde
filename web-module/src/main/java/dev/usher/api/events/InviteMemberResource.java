package dev.usher.api.events;

import dev.usher.events.boundary.MemberInvite;
import dev.usher.events.boundary.MemberView;
import dev.usher.events.boundary.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
@Path("events/{eventId}/invite-member")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class InviteMemberResource {

    @Inject
    Members members;

    @POST
    @Operation(operationId = "inviteMember", summary = "Add a member by e-mail with a role (admin); someone who never signed in sees the event at first sign-in")
    @APIResponse(responseCode = "201", description = "Added; Location names the membership",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Already a member")
    public Response invite(@PathParam("eventId") UUID eventId, MemberInvite invite, @Context UriInfo uri) {
        MemberView added = members.invite(eventId, invite);
        return Response.created(uri.getBaseUriBuilder().path("events").path(eventId.toString())
                .path("members").path(added.userId().toString()).build()).entity(added).build();
    }
}
