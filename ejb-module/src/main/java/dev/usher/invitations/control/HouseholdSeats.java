package dev.usher.invitations.control;

import dev.usher.guests.control.HouseholdAttendance;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.InvitationStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * A household's invitation admits its members who said yes: when their answers change, the
 * live invitation's seats follow, unless someone fixed them (see {@link Invitation#followHousehold}).
 * Runs in the transaction of the reply, so both are written or neither; the row is locked
 * like the door's admissions lock it, so the seats never drop below those admitted meanwhile.
 */
@Dependent
public class HouseholdSeats {

    @PersistenceContext
    EntityManager em;

    void follow(@Observes HouseholdAttendance household) {
        em.createQuery("select i from Invitation i where i.eventId = :eventId and i.guestId = :guestId"
                        + " and i.status <> :revoked", Invitation.class)
                .setParameter("eventId", household.eventId())
                .setParameter("guestId", household.guestId())
                .setParameter("revoked", InvitationStatus.revoked)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(invitation -> invitation.followHousehold(household.attending()));
    }
}
