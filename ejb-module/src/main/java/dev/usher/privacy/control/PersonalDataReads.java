package dev.usher.privacy.control;

import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.entity.Guest;
import dev.usher.invitations.boundary.InvitationView;
import dev.usher.invitations.entity.Invitation;
import dev.usher.privacy.boundary.PersonalDataExport.Account;
import dev.usher.privacy.boundary.PersonalDataExport.Delivery;
import dev.usher.privacy.boundary.PersonalDataExport.GuestRecord;
import dev.usher.privacy.boundary.PersonalDataExport.Membership;
import dev.usher.privacy.boundary.PersonalDataExport.StatusChange;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static dev.usher.platform.database.NativeTimes.utc;

/**
 * Reads, across every area's tables, what is held about one address or number: the one place
 * that does (an export must not miss a table because its owner forgot to offer a read). Read
 * only; {@code email} is lower-cased and {@code phone} in E.164, either may be null.
 */
@Dependent
public class PersonalDataReads {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Account> accounts(String email) {
        if (email == null) {
            return List.of();
        }
        List<Object[]> users = em.createNativeQuery(
                        "SELECT id, email, display_name, created_at, last_seen_at FROM users WHERE email = ?1")
                .setParameter(1, email).getResultList();
        return users.stream().map(u -> {
            List<Object[]> memberships = em.createNativeQuery("""
                            SELECT e.id, e.name, m.role FROM event_members m JOIN events e ON e.id = m.event_id
                            WHERE m.user_id = ?1 ORDER BY e.created_at""")
                    .setParameter(1, u[0]).getResultList();
            return new Account((UUID) u[0], (String) u[1], (String) u[2], utc(u[3]), utc(u[4]), memberships.stream()
                    .map(m -> new Membership((UUID) m[0], (String) m[1], (String) m[2])).toList());
        }).toList();
    }

    /** The guest records with this address or number, in every event. */
    @SuppressWarnings("unchecked")
    public List<Guest> guests(String email, String phone) {
        List<UUID> ids = em.createNativeQuery("""
                        SELECT id FROM guests
                        WHERE lower(email) = CAST(?1 AS text) OR phone = CAST(?2 AS text) ORDER BY created_at, id""")
                .setParameter(1, email).setParameter(2, phone).getResultList();
        return ids.stream().map(id -> em.find(Guest.class, id)).filter(Objects::nonNull).toList();
    }

    @SuppressWarnings("unchecked")
    public GuestRecord record(Guest guest) {
        List<Object[]> changes = em.createNativeQuery("""
                        SELECT changed_at, from_status, to_status, source, evidence FROM guest_status_changes
                        WHERE guest_id = ?1 ORDER BY changed_at, id""")
                .setParameter(1, guest.id()).getResultList();
        return new GuestRecord(guest.event().name(), GuestView.of(guest), changes.stream()
                .map(c -> new StatusChange(utc(c[0]), (String) c[1], (String) c[2], (String) c[3], (String) c[4]))
                .toList());
    }

    @SuppressWarnings("unchecked")
    public List<InvitationView> invitations(String email, String phone, Collection<UUID> guestIds) {
        List<UUID> ids = em.createNativeQuery("""
                        SELECT id FROM invitations
                        WHERE email = CAST(?1 AS text) OR phone = CAST(?2 AS text)
                           OR guest_id = ANY (CAST(?3 AS uuid[]))
                        ORDER BY created_at, id""")
                .setParameter(1, email).setParameter(2, phone).setParameter(3, texts(guestIds)).getResultList();
        return ids.stream().map(id -> em.find(Invitation.class, id)).filter(Objects::nonNull)
                .map(InvitationView::of).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Delivery> deliveries(String email, String phone, Collection<UUID> guestIds) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, event_id, channel, kind, state, recipient, queued_at, CAST(content AS text)
                        FROM deliveries
                        WHERE lower(recipient) = CAST(?1 AS text) OR recipient = CAST(?2 AS text)
                           OR guest_id = ANY (CAST(?3 AS uuid[]))
                        ORDER BY queued_at, id""")
                .setParameter(1, email).setParameter(2, phone).setParameter(3, texts(guestIds)).getResultList();
        return rows.stream().map(r -> new Delivery((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], utc(r[6]), (String) r[7])).toList();
    }

    /** Ids as the {@code uuid[]} parameter the queries cast, as guests' {@code EventGuests.hold} passes them. */
    private static String[] texts(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
