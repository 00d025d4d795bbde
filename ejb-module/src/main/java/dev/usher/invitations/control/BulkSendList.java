package dev.usher.invitations.control;

import dev.usher.events.entity.Event;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The work list of a bulk invitation send, written once when the send starts and read by the
 * invitation-send job in order, a page after its last checkpoint. An item names a guest (an
 * invitation is made for them on the way, and noted on the item in the same transaction, so a
 * restart finds it instead of making a second) or an existing invitation.
 */
@Dependent
public class BulkSendList {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests guests;

    @Inject
    GuestInvitationDrafts guestDrafts;

    /** One entry of the list; {@code invitationId} is null for a guest not invited yet. */
    public record Item(int position, UUID guestId, UUID invitationId) {
    }

    /** The invitation an item is about, or why it has none. */
    public record Drafted(UUID invitationId, String refusal) {
    }

    /** Records the guests to invite, in this order, committed at once: the job reads it on another thread. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ofGuests(UUID sendId, List<UUID> guestIds) {
        insert(sendId, "guest_id", guestIds);
    }

    /** Records the invitations to send, in this order, committed at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ofInvitations(UUID sendId, List<UUID> invitationIds) {
        insert(sendId, "invitation_id", invitationIds);
    }

    // One statement whatever the list's length: the ids travel as one uuid[] literal.
    private void insert(UUID sendId, String column, List<UUID> ids) {
        em.createNativeQuery("INSERT INTO invitation_send_items (send_id, position, " + column + ")"
                        + " SELECT ?1, t.position, t.id FROM unnest(CAST(?2 AS uuid[])) WITH ORDINALITY AS t(id, position)")
                .setParameter(1, sendId)
                .setParameter(2, ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    public long size(UUID sendId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM invitation_send_items WHERE send_id = ?1")
                .setParameter(1, sendId)
                .getSingleResult()).longValue();
    }

    /** The next items after {@code position} (0: from the start). */
    @SuppressWarnings("unchecked")
    public List<Item> after(UUID sendId, int position, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT position, guest_id, invitation_id FROM invitation_send_items
                        WHERE send_id = ?1 AND position > ?2 ORDER BY position LIMIT ?3""")
                .setParameter(1, sendId)
                .setParameter(2, position)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Item(((Number) r[0]).intValue(), uuid(r[1]), uuid(r[2])))
                .toList();
    }

    /**
     * The item's invitation: the one it names, or for a guest a new pending one (committed with
     * the note on the item before anything is sent), unless the guest cannot be invited.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Drafted invitationFor(UUID sendId, Item item, UUID eventId, GuestInvitationDrafts.Terms terms, UUID by) {
        if (item.invitationId() != null) {
            return new Drafted(item.invitationId(), null);
        }
        List<Object> noted = em.createNativeQuery(
                        "SELECT invitation_id FROM invitation_send_items WHERE send_id = ?1 AND position = ?2 FOR UPDATE")
                .setParameter(1, sendId)
                .setParameter(2, item.position())
                .getResultList();
        if (noted.isEmpty()) {
            return new Drafted(null, "was deleted");
        }
        if (noted.get(0) != null) {
            return new Drafted(uuid(noted.get(0)), null);
        }
        Guest guest = guests.byId(item.guestId()).orElse(null);
        if (guest == null) {
            return new Drafted(null, "was deleted");
        }
        GuestView view = GuestView.of(guest);
        String refusal = guestDrafts.refusal(view,
                !guestDrafts.alreadyInvited(eventId, List.of(guest.id())).isEmpty());
        if (refusal != null) {
            return new Drafted(null, refusal);
        }
        UUID invitationId = guestDrafts.create(em.find(Event.class, eventId), view, terms, by).id();
        em.flush();
        em.createNativeQuery("UPDATE invitation_send_items SET invitation_id = ?1 WHERE send_id = ?2 AND position = ?3")
                .setParameter(1, invitationId)
                .setParameter(2, sendId)
                .setParameter(3, item.position())
                .executeUpdate();
        return new Drafted(invitationId, null);
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
