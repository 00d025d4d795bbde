package dev.usher.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.UUID;

/**
 * The one change ever made to written entries: a guest erased on request leaves the trail saying
 * who did what and when to the guest and their invitations, but no longer what the fields held
 * (names, addresses, numbers, notes). In the erasure's transaction.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AuditErasure {

    @PersistenceContext
    EntityManager em;

    /** How many entries it emptied. */
    public int erase(UUID eventId, UUID guestId, Collection<UUID> invitationIds) {
        return em.createNativeQuery("""
                        UPDATE audit_entries SET changes = '{"erased": true}'::jsonb
                        WHERE event_id = ?1 AND changes <> '{"erased": true}'::jsonb
                          AND (subject_id = ?2 OR subject_id = ANY (CAST(?3 AS uuid[])))""")
                .setParameter(1, eventId)
                .setParameter(2, guestId)
                .setParameter(3, invitationIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }
}
