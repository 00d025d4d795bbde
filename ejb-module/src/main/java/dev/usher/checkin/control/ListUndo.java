package dev.usher.checkin.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Gives an undone admission's seats back on a list other than the default one, whose counts are
 * in the invitation's {@code list_seats} (V18). The admitted count goes down with the inside count:
 * for a re-entry that counts one arrival too few, but the seats the list may admit next are the
 * same either way (a seat not admitted, or admitted and out, may both come in).
 */
@Dependent
public class ListUndo {

    @PersistenceContext
    EntityManager em;

    /**
     * Takes {@code seats} back on the scan's list and answers the seats that list may admit now (as
     * a scan there counts them: seats never admitted, and with re-entry those gone out); empty when
     * that list is the event's default one (whose counts are the invitation's own) or gone. The
     * caller holds the invitation's row lock.
     */
    public OptionalInt giveBack(UUID invitationId, UUID listId, int seats) {
        if (listId == null) {
            return OptionalInt.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> left = em.createNativeQuery("""
                        WITH counts AS (
                            SELECT i.id, l.id AS list_id, i.seats, l.reentry,
                                   greatest(coalesce(CAST(i.list_seats -> CAST(l.id AS text) ->> 'inside' AS integer), 0)
                                            - ?3, 0) AS inside,
                                   coalesce(CAST(i.list_seats -> CAST(l.id AS text) ->> 'admitted' AS integer), 0)
                                       - ?3 AS admitted
                            FROM invitations i JOIN check_in_lists l ON l.id = ?2 AND NOT l.is_default
                            WHERE i.id = ?1)
                        UPDATE invitations i SET updated_at = now(),
                            list_seats = jsonb_set(i.list_seats, ARRAY[CAST(c.list_id AS text)], jsonb_build_object(
                                'admitted', greatest(c.admitted, c.inside), 'inside', c.inside))
                        FROM counts c WHERE i.id = c.id
                        RETURNING greatest(c.seats - greatest(c.admitted, c.inside), 0)
                            + CASE WHEN c.reentry THEN greatest(c.admitted, c.inside) - c.inside ELSE 0 END""")
                .setParameter(1, invitationId)
                .setParameter(2, listId)
                .setParameter(3, seats)
                .getResultList();
        return left.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) left.get(0)).intValue());
    }
}
