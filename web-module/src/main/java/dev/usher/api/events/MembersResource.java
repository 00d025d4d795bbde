package dev.usher.api.events;

import dev.usher.events.boundary.MemberView;
import dev.usher.events.boundary.Members;
import dev.usher.events.boundary.RoleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {
    // Invitations live in InviteMemberResource: JAX-RS picks one root resource per request
    // path, so each root here has its own literal path (see docs/ARCHITECTURE.md).

    @Inject
    Members members;

    @GET
    @Operation(operationId = "listMembers", summary = "The event's members (any member)")
    public List<MemberView> list(@PathParam("eventId") UUID eventId) {
        return members.list(eventId);
    }

    @GET
    @Path("{userId}")
    @Operation(operationId = "getMember", summary = "One member of the event (any member)")
    public MemberView get(@PathParam("eventId") UUID eventId, @PathParam("userId") UUID userId) {
        return members.get(eventId, userId);
    }

    @PATCH
    @Path("{userId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeMemberRole", summary = "Change a member's role (admin); the last admin cannot be demoted")
    @APIResponse(responseCode = "200", description = "The member with the new role")
    @APIResponse(responseCode = "409", description = "The last admin would be demoted")
    public MemberView changeRole(@PathParam("eventId") UUID eventId, @PathParam("userId") UUID userId,
                                 RoleChange change) {
        return members.changeRole(eventId, userId, change);
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "removeMember", summary = "Remove a member (admin); the last admin cannot be removed")
    @APIResponse(responseCode = "204", description = "Removed")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts (e.g. only problems) will do
    @APIResponse(responseCode = "409", description = "The last admin would be removed")
    public void remove(@PathParam("eventId") UUID eventId, @PathParam("userId") UUID userId) {
        members.remove(eventId, userId);
    }
}
