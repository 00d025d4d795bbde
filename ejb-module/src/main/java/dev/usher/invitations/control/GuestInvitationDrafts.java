package dev.usher.invitations.control;

import dev.usher.events.entity.Event;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.control.EventGuests;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.invitations.entity.Recipient;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one rule for inviting a guest of an event, shared by the request that invites a few
 * guests and the invitation-send job that invites many: a guest needs an e-mail address and
 * holds at most one invitation that is not revoked; the invitation takes the guest's name,
 * addresses and party size (a household's members who said yes, once any has) unless the
 * request fixes the seats.
 */
@Dependent
public class GuestInvitationDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests guests;

    @Inject
    InvitationDrafts drafts;

    /** What every invitation of one request says: type, message, seats (null: the guest's party size). */
    public record Terms(InvitationType type, String customMessage, Integer seats, OffsetDateTime expiresAt) {
    }

    /**
     * Which of these guests already hold an invitation that is not revoked. It first holds each
     * guest's row until the caller's transaction ends (in id order, so two callers never wait on
     * each other in a circle): two requests inviting one guest at once take turns, and the second
     * sees the first one's invitation instead of hitting the one-live-invitation key (a 500).
     */
    public Set<UUID> alreadyInvited(UUID eventId, Collection<UUID> guestIds) {
        if (guestIds.isEmpty()) {
            return Set.of();
        }
        guests.hold(guestIds);
        List<UUID> invited = em.createQuery("""
                        select i.guestId from Invitation i
                        where i.eventId = :eventId and i.guestId in :guestIds and i.status <> :revoked""", UUID.class)
                .setParameter("eventId", eventId)
                .setParameter("guestIds", guestIds)
                .setParameter("revoked", InvitationStatus.revoked)
                .getResultList();
        return new HashSet<>(invited);
    }

    /** As {@link #alreadyInvited}, without holding the rows: for a count, which changes nothing. */
    @SuppressWarnings("unchecked")
    public Set<UUID> invitedAmong(UUID eventId, Collection<UUID> guestIds) {
        if (guestIds.isEmpty()) {
            return Set.of();
        }
        List<Object> ids = em.createNativeQuery("SELECT DISTINCT CAST(guest_id AS text) FROM invitations"
                        + " WHERE event_id = ?1 AND status <> 'revoked' AND guest_id = ANY(CAST(?2 AS uuid[]))")
                .setParameter(1, eventId)
                .setParameter(2, guestIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        Set<UUID> invited = new HashSet<>();
        ids.forEach(id -> invited.add(UUID.fromString(id.toString())));
        return invited;
    }

    /** Why this guest gets no invitation, or null when one can be made. */
    public String refusal(GuestView guest, boolean alreadyInvited) {
        if (guest.email() == null) {
            return "has no e-mail address";
        }
        if (alreadyInvited) {
            return "already has an invitation";
        }
        return null;
    }

    /** A pending invitation for the guest, in the caller's transaction; check {@link #refusal} first. */
    public Invitation create(Event event, GuestView guest, Terms terms, UUID by) {
        String name = guest.lastName() == null ? guest.firstName() : guest.firstName() + " " + guest.lastName();
        Recipient recipient = new Recipient(name.length() > 200 ? name.substring(0, 200) : name,
                guest.email(), guest.phone(),
                terms.type() == null ? InvitationType.general : terms.type(),
                InvitationRules.blankToNull(terms.customMessage()),
                terms.seats() == null ? defaultSeats(guest) : terms.seats());
        Invitation invitation = drafts.create(recipient, event, guest.id(), by);
        if (terms.seats() != null) {
            invitation.fixSeats();
        }
        invitation.expireAt(terms.expiresAt());
        return invitation;
    }

    /** A household whose members have said yes gets a seat each; otherwise the party size. */
    static int defaultSeats(GuestView guest) {
        return guest.attendingCount() != null && guest.attendingCount() > 0 ? guest.attendingCount()
                : guest.partySize();
    }
}
