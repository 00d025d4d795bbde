package dev.usher.messaging.boundary;

import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.jobs.boundary.JobView;
import dev.usher.jobs.control.JobLaunches;
import dev.usher.messaging.control.BroadcastAudience;
import dev.usher.messaging.control.GuestMessages;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.Properties;
import java.util.UUID;

/**
 * A WhatsApp broadcast to an event's guests, run as the {@code whatsapp-broadcast} job. Any
 * member may start one (the seed's rule). Everything that would fail for every guest (not
 * configured, bad content, nobody matching) is refused here, before the job starts. With
 * {@code emailFallback} the job's second step e-mails the text to the guests WhatsApp did not
 * reach; mail needs no check here: without SMTP_HOST the e-mails go to the .eml outbox, as
 * invitations do.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class WhatsAppBroadcasts {

    public static final String JOB = "whatsapp-broadcast";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    JobLaunches launches;

    @Inject
    EventAccess access;

    @Inject
    InputValidator validator;

    @Inject
    GuestMessages messages;

    @Inject
    BroadcastAudience audience;

    @RequiresEventRole(EventRole.viewer)
    public JobView start(@EventId UUID eventId, BroadcastRequest request) {
        messages.sendable();
        validator.check(request);
        messages.check(request.content());
        if (request.wantsEmailFallback() && request.template() != null) {
            // Usher knows a template only by name: what Meta shows the guest is not Usher's to e-mail.
            throw new InvalidInputException("emailFallback", "only a text broadcast can fall back to e-mail: "
                    + "Usher does not know a WhatsApp template's wording");
        }
        long reached = audience.count(eventId, request.audience());
        if (reached == 0) {
            throw new InvalidInputException("body", "no guest of this event matches the broadcast's filters");
        }
        EventMember caller = access.member(eventId);
        UUID broadcastId = UUID.randomUUID();
        Properties parameters = new Properties();
        parameters.setProperty("eventId", eventId.toString());
        parameters.setProperty("broadcastId", broadcastId.toString());
        parameters.setProperty("startedBy", caller.user().id().toString());
        parameters.setProperty("content", JSONB.toJson(request.content()));
        parameters.setProperty("audience", JSONB.toJson(request.audience()));
        parameters.setProperty("guests", Long.toString(reached));
        parameters.setProperty("emailFallback", Boolean.toString(request.wantsEmailFallback()));
        return launches.launch(JOB, eventId, caller.user().id(), parameters);
    }
}
