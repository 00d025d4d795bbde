package dev.usher.duplicates.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/** "Not duplicates", remembered per pair (the smaller id first), so the finder leaves the pair out. */
@Dependent
public class Dismissals {

    @PersistenceContext
    EntityManager em;

    /** Dismisses every pair among these guests of the event; an already dismissed pair stays as it was. */
    public int dismiss(UUID eventId, List<UUID> guestIds, UUID by) {
        return em.createNativeQuery("""
                INSERT INTO duplicate_dismissals (event_id, guest_a, guest_b, dismissed_by)
                SELECT ?1, a, b, ?3 FROM unnest(CAST(?2 AS uuid[])) a, unnest(CAST(?2 AS uuid[])) b WHERE a < b
                ON CONFLICT DO NOTHING""")
                .setParameter(1, eventId)
                .setParameter(2, guestIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(3, by)
                .executeUpdate();
    }
}
