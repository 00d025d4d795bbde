package dev.usher.api.questions;

import dev.usher.questions.boundary.EventQuestions;
import dev.usher.questions.boundary.QuestionInput;
import dev.usher.questions.boundary.QuestionView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class QuestionsResource {

    @Inject
    EventQuestions questions;

    @GET
    @Operation(operationId = "listQuestions", summary = "The event's questions in order (any member)")
    public List<QuestionView> list(@PathParam("eventId") UUID eventId) {
        return questions.list(eventId);
    }

    @POST
    @Operation(operationId = "addQuestion", summary = "Add a question (editor): choice, dietary, yesno or text, "
            + "asked per member or per household")
    @APIResponse(responseCode = "201", description = "Created; Location names the question",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public Response add(@PathParam("eventId") UUID eventId, QuestionInput input, @Context UriInfo uri) {
        QuestionView added = questions.add(eventId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(added).build();
    }

    @GET
    @Path("{questionId}")
    @Operation(operationId = "getQuestion", summary = "One question (any member)")
    public QuestionView get(@PathParam("eventId") UUID eventId, @PathParam("questionId") UUID questionId) {
        return questions.get(eventId, questionId);
    }

    @PUT
    @Path("{questionId}")
    @Operation(operationId = "replaceQuestion", summary = "Replace a question (editor); its answers stay")
    public QuestionView replace(@PathParam("eventId") UUID eventId, @PathParam("questionId") UUID questionId,
                                QuestionInput input) {
        return questions.replace(eventId, questionId, input);
    }

    @DELETE
    @Path("{questionId}")
    @Operation(operationId = "deleteQuestion", summary = "Delete a question and its answers (editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Produces(MediaType.WILDCARD) // 204, no body: whatever the client accepts will do
    public void delete(@PathParam("eventId") UUID eventId, @PathParam("questionId") UUID questionId) {
        questions.delete(eventId, questionId);
    }
}
