package dev.usher.checkin.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * Finds an event's invitations by name or phone for the door (a guest who has no code with
 * them). One statement over the event's invitations, which carry the name and phone they were
 * sent to: the name by a trigram index, the phone by (event, phone); see V12.
 */
@Dependent
public class DoorSearch {

    /** At most this many results: the door needs the right guest, not a list to page through. */
    public static final int LIMIT = 20;

    @PersistenceContext
    EntityManager em;

    /** One invitation as the door sees it. */
    public record Found(UUID invitationId, String number, String name, int seats, int seatsAdmitted, String status,
                        UUID guestId) {
    }

    public List<Found> find(UUID eventId, DoorQuery query) {
        String phone = query.phone() == null ? "" : " OR phone = ?3";
        var sql = em.createNativeQuery("SELECT id, number, recipient_name, seats, seats_admitted, status, guest_id"
                        + " FROM invitations WHERE event_id = ?1"
                        + " AND (lower(recipient_name) LIKE ?2 ESCAPE '\\'" + phone + ")"
                        + " ORDER BY lower(recipient_name), id LIMIT " + LIMIT)
                .setParameter(1, eventId)
                .setParameter(2, query.namePattern());
        if (query.phone() != null) {
            sql.setParameter(3, query.phone());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        return rows.stream().map(r -> new Found((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), (String) r[5], (UUID) r[6])).toList();
    }
}
