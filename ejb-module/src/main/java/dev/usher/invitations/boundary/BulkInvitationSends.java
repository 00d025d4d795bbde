package dev.usher.invitations.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditLog;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.BulkSendList;
import dev.usher.invitations.entity.Invitation;
import dev.usher.jobs.boundary.JobView;
import dev.usher.jobs.control.JobLaunches;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk invitation sending, run as the {@code invitation-send} job: an event admin's invitation
 * of more guests than one request sends, or a super-admin's send of many official invitations.
 * The work list is fixed here, after the request is checked, and committed before the job
 * starts (the job reads it on another thread); the job then walks it (see BulkInvitationSender).
 */
@Stateless
@RolesAllowed(Roles.USER)
public class BulkInvitationSends {

    public static final String JOB = "invitation-send";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLaunches launches;

    @Inject
    EventAccess access;

    @Inject
    Users users;

    @Inject
    InputValidator validator;

    @Inject
    BulkSendList list;

    @Inject
    AuditLog audit;

    /** Invites these guests of the event (already checked to be its guests), in this order. */
    @RequiresEventRole(EventRole.admin)
    public JobView forGuests(@EventId UUID eventId, List<UUID> guestIds, GuestInvitationRequest request) {
        UUID by = access.member(eventId).user().id();
        UUID sendId = UUID.randomUUID();
        list.ofGuests(sendId, guestIds);
        Properties parameters = parameters(sendId, eventId, by, guestIds.size());
        if (request.type() != null) {
            parameters.setProperty("type", request.type().name());
        }
        if (request.customMessage() != null && !request.customMessage().isBlank()) {
            parameters.setProperty("customMessage", request.customMessage());
        }
        if (request.seats() != null) {
            parameters.setProperty("seats", request.seats().toString());
        }
        if (request.expiresAt() != null) {
            parameters.setProperty("expiresAt", request.expiresAt().toString());
        }
        parameters.setProperty("send", Boolean.toString(request.send() == null || request.send()));
        JobView started = launches.launch(JOB, eventId, by, parameters);
        audit.record(eventId, by, AuditActions.INVITATION_BULK_SEND_STARTED, AuditActions.JOB, null, null, Map.of("executionId", started.executionId(), "guests", guestIds.size(), "send", request.send() == null || request.send()));
        return started;
    }

    /**
     * E-mails these official invitations (drafts, or ones whose send failed); one that already
     * went out is counted and left alone. Unknown or revoked invitations are refused (422)
     * before anything starts.
     */
    @RolesAllowed(Roles.SUPER_ADMIN)
    public JobView forInvitations(BulkSendRequest request) {
        validator.check(request);
        List<UUID> ids = request.invitationIds().stream().distinct().toList();
        Map<UUID, Invitation> found = em.createQuery("select i from Invitation i where i.id in :ids", Invitation.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(Invitation::id, Function.identity()));
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Invitation invitation = found.get(ids.get(i));
            if (invitation == null) {
                problems.add(new FieldError("invitationIds[" + i + "]", "no such invitation"));
            } else if (invitation.revoked()) {
                problems.add(new FieldError("invitationIds[" + i + "]",
                        "invitation " + invitation.number() + " is revoked"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 50 ? problems.subList(0, 50) : problems);
        }
        UUID by = users.signedIn().id();
        UUID sendId = UUID.randomUUID();
        list.ofInvitations(sendId, ids);
        Properties parameters = parameters(sendId, null, by, ids.size());
        parameters.setProperty("send", "true");
        return launches.launch(JOB, null, by, parameters);
    }

    private static Properties parameters(UUID sendId, UUID eventId, UUID by, int items) {
        Properties parameters = new Properties();
        parameters.setProperty("sendId", sendId.toString());
        if (eventId != null) {
            parameters.setProperty("eventId", eventId.toString());
        }
        parameters.setProperty("startedBy", by.toString());
        parameters.setProperty("items", Integer.toString(items));
        return parameters;
    }
}
