package dev.usher.invitations.control;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditLog;
import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.UUID;

/**
 * Sets one invitation's expiry by hand, for the official and the event boundary alike: under the
 * row's lock (as a resend's renewal and the door's admission take it), never for a revoked code,
 * whose refusal at the door does not depend on time.
 */
@Dependent
public class ExpiryChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /**
     * The invitation with its new expiry; {@code eventId} non-null limits it to that event's invitations.
     * {@code by} is recorded in the event's audit trail, with the expiry before and after.
     */
    public Invitation change(UUID invitationId, UUID eventId, OffsetDateTime expiresAt, UUID by) {
        Invitation invitation = em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || (eventId != null && !eventId.equals(invitation.eventId()))) {
            throw new NotFoundException("Invitation " + invitationId + " not found"
                    + (eventId == null ? "" : " in this event"));
        }
        if (invitation.revoked()) {
            throw new ConflictException("The invitation is revoked: its code admits no one, whatever its expiry");
        }
        OffsetDateTime was = invitation.expiresAt();
        invitation.expireAt(expiresAt);
        if (invitation.eventId() != null) {
            audit.record(invitation.eventId(), by, AuditActions.INVITATION_EXPIRY_CHANGED, AuditActions.INVITATION, invitationId, Collections.singletonMap("expiresAt", was), Collections.singletonMap("expiresAt", invitation.expiresAt()));
        }
        return invitation;
    }
}
