package dev.usher.deliveries.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.UUID;

/**
 * Takes a person out of an event's delivery ledger: the rows of the guest, of the invitations
 * being erased, and those of no guest sent to the same address or number (another guest sharing
 * a family's address keeps theirs). Each row keeps its channel, kind,
 * state and times (the event's send counts), without the recipient or what was sent.
 */
@Dependent
public class LedgerErasure {

    static final String ERASED = "erased";

    @PersistenceContext
    EntityManager em;

    /** How many rows it changed; {@code email} and {@code phone} may be null. */
    public int erase(UUID eventId, UUID guestId, Collection<UUID> invitationIds, String email, String phone) {
        return em.createNativeQuery("""
                        UPDATE deliveries
                        SET recipient = ?6, content = NULL, error_reason = NULL
                        WHERE event_id = ?1 AND recipient <> ?6
                          AND (guest_id = ?2
                               OR invitation_id = ANY (CAST(?3 AS uuid[]))
                               OR (guest_id IS NULL AND (lower(recipient) = lower(CAST(?4 AS text))
                                                         OR recipient = CAST(?5 AS text))))""")
                .setParameter(1, eventId)
                .setParameter(2, guestId)
                .setParameter(3, invitationIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(4, email)
                .setParameter(5, phone)
                .setParameter(6, ERASED)
                .executeUpdate();
    }
}
