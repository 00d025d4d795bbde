package dev.usher.invitations.boundary;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.events.entity.EventDetails;
import dev.usher.invitations.control.ClientRateLimit;
import dev.usher.invitations.control.InvitationTokens;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.offline.control.DoorCode;
import dev.usher.offline.control.DoorCodes;
import dev.usher.platform.errors.BadRequestException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What anyone may ask without signing in: whether a code is valid (rate-limited per client
 * address, with a smaller budget for unknown codes: {@link ClientRateLimit}), and the tracking
 * pixel of an invitation e-mail. Neither reveals more than the holder of the code or the e-mail
 * already has.
 */
@Stateless
@PermitAll
public class InvitationValidation {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientRateLimit rateLimit;

    @Inject
    DeliveryLedger ledger;

    @Inject
    DoorCodes doorCodes;

    /** Reads the code without using it up. Unknown codes are simply not valid. */
    public InvitationCheck check(String token, String clientAddress) {
        rateLimit.acquire(clientAddress);
        if (!InvitationTokens.wellFormed(token) && !DoorCode.looksSigned(token)) {
            rateLimit.unknown(clientAddress);
            throw new BadRequestException("This is not an invitation code");
        }
        Invitation invitation = DoorCode.looksSigned(token) ? bySignedCode(token)
                : em.createNamedQuery(Invitation.FIND_BY_TOKEN, Invitation.class)
                .setParameter("token", token)
                .getResultList().stream().findFirst().orElse(null);
        if (invitation == null) {
            rateLimit.unknown(clientAddress);
            return InvitationCheck.UNKNOWN;
        }
        // The door's order: revoked, then expired, then used up (Admissions decides the same way).
        String outcome = invitation.status() == InvitationStatus.revoked ? "revoked"
                : invitation.expired(OffsetDateTime.now(ZoneOffset.UTC)) ? "expired"
                : invitation.seatsLeft() <= 0 ? "already-used" : "valid";
        boolean valid = outcome.equals("valid");
        String firstName = invitation.recipient().firstName();
        if (invitation.event() == null) {
            return new InvitationCheck(valid, firstName, null, null, null, null, null, invitation.status(), outcome,
                    invitation.expiresAt());
        }
        EventDetails event = invitation.event().details();
        return new InvitationCheck(valid, firstName, event.name(), event.date(), event.startTime(), event.timeZone(),
                event.location(), invitation.status(), outcome, invitation.expiresAt());
    }

    /** A signed code's invitation once its event's key verifies it, and only within that event; a forged one is unknown. */
    private Invitation bySignedCode(String token) {
        return doorCodes.verified(token).map(code -> {
            Invitation found = em.find(Invitation.class, code.invitationId());
            return found != null && code.eventId().equals(found.eventId()) ? found : null;
        }).orElse(null);
    }

    /**
     * The tracking pixel was fetched: the delivery becomes {@code opened} in the ledger, and so
     * does its invitation (unless it has moved on, e.g. to scanned). Unknown references change nothing.
     */
    public void opened(String reference) {
        if (!InvitationTokens.wellFormed(reference)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ledger.reported(Channel.email, reference, DeliveryState.opened, now, null, null)
                .filter(delivery -> delivery.invitationId() != null)
                .map(delivery -> em.find(Invitation.class, delivery.invitationId(), LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(invitation -> invitation.opened(now));
    }
}
