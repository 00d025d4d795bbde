package dev.usher.guests.control;

import dev.usher.guests.boundary.ActivityItem;
import dev.usher.guests.boundary.ActivitySource;
import dev.usher.guests.entity.GuestStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

import static dev.usher.platform.database.NativeTimes.utc;

/**
 * Reads the guests' status history ({@code guest_status_changes}) as RSVP activity: a page newest
 * first, the changes newer than one the caller has (polling), and the changes recorded by the
 * transactions in a range of ids (the digests' cursor, see V17). The history is the only copy.
 */
@Dependent
public class AnswerFeed {

    /** At most this many changes answer one poll; a caller further behind reloads the first page. */
    public static final int MAX_NEWER = 100;

    private static final String COLUMNS = "SELECT c.id, c.guest_id, g.first_name, g.last_name, c.from_status,"
            + " c.to_status, c.source, c.evidence, c.answered_at, c.changed_at"
            + " FROM guest_status_changes c JOIN guests g ON g.id = c.guest_id";

    @PersistenceContext
    EntityManager em;

    public long count(UUID eventId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM guest_status_changes WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue();
    }

    public List<ActivityItem> page(UUID eventId, int skip, int limit) {
        return items(em.createNativeQuery(COLUMNS + " WHERE c.event_id = ?1 ORDER BY c.changed_at DESC, c.id DESC"
                        + " OFFSET ?2 LIMIT ?3")
                .setParameter(1, eventId).setParameter(2, skip).setParameter(3, limit).getResultList());
    }

    /** Whether {@code changeId} is a change of this event (a poll's cursor). */
    public boolean isOfEvent(UUID eventId, UUID changeId) {
        return !em.createNativeQuery("SELECT 1 FROM guest_status_changes WHERE id = ?1 AND event_id = ?2")
                .setParameter(1, changeId).setParameter(2, eventId).getResultList().isEmpty();
    }

    /** The changes after {@code changeId} in the feed's order, newest first, at most {@link #MAX_NEWER}. */
    public List<ActivityItem> newerThan(UUID eventId, UUID changeId) {
        return items(em.createNativeQuery(COLUMNS + " WHERE c.event_id = ?1 AND (c.changed_at, c.id) >"
                        + " (SELECT o.changed_at, o.id FROM guest_status_changes o WHERE o.id = ?2 AND o.event_id = ?1)"
                        + " ORDER BY c.changed_at DESC, c.id DESC LIMIT ?3")
                .setParameter(1, eventId).setParameter(2, changeId).setParameter(3, MAX_NEWER).getResultList());
    }

    /**
     * The changes recorded by transactions {@code fromXid <= xid < toXid} (xid8 as text), oldest first,
     * at most {@code limit}; {@link #countRecorded} tells how many there are in all.
     */
    public List<ActivityItem> recorded(UUID eventId, String fromXid, String toXid, int limit) {
        return items(em.createNativeQuery(COLUMNS + " WHERE c.event_id = ?1 AND c.recorded_xid >= CAST(?2 AS xid8)"
                        + " AND c.recorded_xid < CAST(?3 AS xid8) ORDER BY c.changed_at, c.id LIMIT ?4")
                .setParameter(1, eventId).setParameter(2, fromXid).setParameter(3, toXid).setParameter(4, limit)
                .getResultList());
    }

    public long countRecorded(UUID eventId, String fromXid, String toXid) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM guest_status_changes WHERE event_id = ?1"
                        + " AND recorded_xid >= CAST(?2 AS xid8) AND recorded_xid < CAST(?3 AS xid8)")
                .setParameter(1, eventId).setParameter(2, fromXid).setParameter(3, toXid).getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<ActivityItem> items(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(AnswerFeed::item).toList();
    }

    private static ActivityItem item(Object[] row) {
        String last = (String) row[3];
        String name = last == null || last.isBlank() ? (String) row[2] : row[2] + " " + last;
        return new ActivityItem(uuid(row[0]), uuid(row[1]), name, GuestStatus.valueOf((String) row[4]),
                GuestStatus.valueOf((String) row[5]), ActivitySource.of((String) row[6]), (String) row[7],
                utc(row[8]), utc(row[9]));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
