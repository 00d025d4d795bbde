package dev.usher.invitations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * Takes a person out of an event's invitations: the guest's own, and those of no guest that the
 * event has for the same e-mail address or phone number (an official invitation typed by hand;
 * another guest sharing a family's address keeps theirs). Each keeps its
 * number, seats, scans and send history for the event's counts, with nobody's name on it, and is
 * revoked: a code whose holder is unknown admits no one (and the offline kits' revocation list
 * carries it).
 */
@Dependent
public class InvitationErasure {

    /** What an erased invitation's recipient becomes; the address is unique and can reach no one. */
    static final String ERASED_NAME = "Erased guest";

    @PersistenceContext
    EntityManager em;

    /** The ids of the invitations it changed; {@code email} and {@code phone} may be null. */
    @SuppressWarnings("unchecked")
    public List<UUID> erase(UUID eventId, UUID guestId, String email, String phone, UUID by) {
        return em.createNativeQuery("""
                        UPDATE invitations
                        SET recipient_name = ?5, email = 'erased-' || id || '@erased.invalid', phone = NULL,
                            custom_message = NULL, failure_reason = NULL, status = 'revoked',
                            revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, ?6),
                            updated_at = now()
                        WHERE event_id = ?1
                          AND (guest_id = ?2 OR (guest_id IS NULL
                               AND (email = lower(CAST(?3 AS text)) OR phone = CAST(?4 AS text))))
                        RETURNING id""")
                .setParameter(1, eventId)
                .setParameter(2, guestId)
                .setParameter(3, email)
                .setParameter(4, phone)
                .setParameter(5, ERASED_NAME)
                .setParameter(6, by)
                .getResultList();
    }
}
