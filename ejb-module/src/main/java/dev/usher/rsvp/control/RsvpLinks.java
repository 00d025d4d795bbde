package dev.usher.rsvp.control;

import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.rsvp.entity.RsvpLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Guests' RSVP links: the live one (made when first needed), a new one in place of it (rotate), none
 * (revoke), and the link a token names. The invitation codes are another table and another secret:
 * nothing here touches them. Checks no membership; the asking boundary has.
 */
@Dependent
public class RsvpLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests guests;

    @Inject
    LinkSecret secret;

    /** A link and its token. */
    public record Issued(RsvpLink link, String token, boolean created) {
    }

    /** The guest's live link, made now if there is none. */
    public Issued live(Guest guest) {
        byte[] key = secret.bytes();
        Optional<RsvpLink> live = current(guest); // most calls (every e-mail after the first) end here, unlocked
        if (live.isEmpty()) {
            guests.hold(List.of(guest.id())); // two first requests for one guest make one link
            live = current(guest);
        }
        return live.map(link -> new Issued(link, LinkTokens.token(key, link.nonce()), false))
                .orElseGet(() -> create(guest, key));
    }

    /** Revokes the live link (if any) and makes a new one: the old token stops working, the invitation code does not. */
    public Issued rotate(Guest guest) {
        byte[] key = secret.bytes();
        guests.hold(List.of(guest.id()));
        current(guest).ifPresent(RsvpLink::revoke);
        em.flush(); // the one-live-link index sees the old one revoked before the new one is written
        return create(guest, key);
    }

    /** Revokes the live link; false if there was none. */
    public boolean revoke(Guest guest) {
        guests.hold(List.of(guest.id()));
        Optional<RsvpLink> live = current(guest);
        live.ifPresent(RsvpLink::revoke);
        return live.isPresent();
    }

    /** The link (live or revoked) this token belongs to. */
    public Optional<RsvpLink> byToken(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(RsvpLink.BY_TOKEN_HASH, RsvpLink.class)
                .setParameter("tokenHash", LinkTokens.hash(token))
                .getResultList().stream().findFirst();
    }

    private Optional<RsvpLink> current(Guest guest) {
        return em.createNamedQuery(RsvpLink.LIVE_OF_GUEST, RsvpLink.class)
                .setParameter("guestId", guest.id())
                .getResultList().stream().findFirst();
    }

    private Issued create(Guest guest, byte[] key) {
        byte[] nonce = LinkTokens.nonce();
        String token = LinkTokens.token(key, nonce);
        RsvpLink link = new RsvpLink(guest.event().id(), guest.id(), nonce, LinkTokens.hash(token));
        em.persist(link);
        return new Issued(link, token, true);
    }
}
