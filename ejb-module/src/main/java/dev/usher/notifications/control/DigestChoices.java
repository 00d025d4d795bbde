package dev.usher.notifications.control;

import dev.usher.notifications.entity.DigestMode;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * Members' digest choices ({@code member_digests}, V17; no row is off). Turning a digest on starts its
 * cursor at the database's current horizon, so a member is sent the changes from then on, not the
 * event's history; switching between immediate and daily keeps the cursor, so nothing is skipped.
 */
@Dependent
public class DigestChoices {

    @PersistenceContext
    EntityManager em;

    public DigestMode of(UUID memberId) {
        List<?> rows = em.createNativeQuery("SELECT mode FROM member_digests WHERE member_id = ?1")
                .setParameter(1, memberId).getResultList();
        return rows.isEmpty() ? DigestMode.off : DigestMode.valueOf(rows.get(0).toString());
    }

    public void set(UUID eventId, UUID memberId, DigestMode mode) {
        em.createNativeQuery("INSERT INTO member_digests (member_id, event_id, mode, through_xid)"
                        + " VALUES (?1, ?2, ?3, pg_snapshot_xmin(pg_current_snapshot()))"
                        + " ON CONFLICT (member_id) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now(),"
                        + " through_xid = CASE WHEN member_digests.mode = 'off' THEN EXCLUDED.through_xid"
                        + " ELSE member_digests.through_xid END,"
                        + " last_sent_at = CASE WHEN member_digests.mode = 'off' THEN now()"
                        + " ELSE member_digests.last_sent_at END")
                .setParameter(1, memberId).setParameter(2, eventId).setParameter(3, mode.name())
                .executeUpdate();
    }
}
