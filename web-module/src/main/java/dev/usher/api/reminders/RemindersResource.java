package dev.usher.api.reminders;

import dev.usher.api.QueryParams;
import dev.usher.api.jobs.JobAccepted;
import dev.usher.jobs.boundary.JobView;
import dev.usher.mail.MailPreviewPages;
import dev.usher.reminders.boundary.ReminderCount;
import dev.usher.reminders.boundary.ReminderRequest;
import dev.usher.reminders.boundary.ReminderView;
import dev.usher.reminders.boundary.Reminders;
import dev.usher.reminders.entity.ReminderChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
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

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("events/{eventId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class RemindersResource {

    @Inject
    Reminders reminders;

    @Inject
    MailPreviewPages pages;

    @POST
    @Operation(operationId = "createReminder", summary = "Remind the guests who have not answered (editor): by e-mail "
            + "or WhatsApp, now (202, the reminder-send job) or at sendAt (201, scheduled)",
            description = "Each guest gets at most one message per reminder, whatever restarts happen (ledger records "
                    + "with the reminder's id as broadcast id; e-mails of kind reminder). Guests who answered by the "
                    + "time their chunk is sent are left out. A scheduled reminder is started by the first server "
                    + "whose timer (USHER_REMINDERS_POLL_SECONDS) finds it due.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = ReminderView.class)))
    @APIResponse(responseCode = "202", description = "Started now: the job",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "422", description = "Bad content, or nobody to remind now")
    @APIResponse(responseCode = "503", description = "WhatsApp reminder and WhatsApp is not configured")
    public Response create(@PathParam("eventId") UUID eventId, ReminderRequest request, @Context UriInfo uri) {
        Reminders.Created created = reminders.create(eventId, request);
        if (created.job() != null) {
            return JobAccepted.of(created.job(), uri);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.reminder().id().toString()).build())
                .entity(created.reminder()).build();
    }

    @GET
    @Operation(operationId = "listReminders", summary = "The event's reminders, newest first, at most 200 (any member)")
    public List<ReminderView> list(@PathParam("eventId") UUID eventId) {
        return reminders.list(eventId);
    }

    @POST
    @Path("{reminderId}/cancel")
    @Operation(operationId = "cancelReminder", summary = "Cancel a scheduled reminder (editor)")
    @APIResponse(responseCode = "409", description = "The reminder started (stop its job instead) or was cancelled")
    public ReminderView cancel(@PathParam("eventId") UUID eventId, @PathParam("reminderId") UUID reminderId) {
        return reminders.cancel(eventId, reminderId);
    }

    @GET
    @Path("count")
    @Operation(operationId = "countReminder", summary = "How many guests a reminder would reach now (editor)")
    public ReminderCount count(@PathParam("eventId") UUID eventId,
                               @Parameter(required = true, schema = @Schema(enumeration = {"email", "whatsapp"}))
                               @QueryParam("channel") String channel,
                               @QueryParam("openedOnly") String openedOnly) {
        return reminders.count(eventId, QueryParams.enumValue(ReminderChannel.class, "channel", channel),
                QueryParams.flag("openedOnly", openedOnly));
    }

    @POST
    @Path("preview")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "previewReminder", summary = "The reminder as a guest would get it (editor): the e-mail's "
            + "HTML, or the WhatsApp message as JSON; sends and records nothing. Show HTML sandboxed: the HTML's "
            + "Content-Location is a page of its own for a few minutes, under its own policy, for a frame.")
    @APIResponse(responseCode = "200", description = "The e-mail's HTML part, or the WhatsApp message", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response preview(@PathParam("eventId") UUID eventId, @QueryParam("guestId") String guestId,
                            ReminderRequest request) {
        Reminders.ReminderPreview preview = reminders.preview(eventId, request,
                QueryParams.uuid("guestId", guestId));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        Response.ResponseBuilder answer = Response.ok(preview.body(), preview.mediaType() + ";charset=UTF-8")
                .cacheControl(noStore);
        if (MediaType.TEXT_HTML.equals(preview.mediaType())) {
            // The same HTML as a page of its own, under its own policy: the console frames that (see MailPreviewPage).
            answer.header("Content-Location", pages.publish(eventId, preview.body()));
        }
        return answer.build();
    }
}
