package dev.usher.rsvp.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.EventGuests;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.QrCodes;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.rsvp.control.RsvpLinks;
import dev.usher.rsvp.control.RsvpUrls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Organizers' operations on a guest's RSVP link. Editors and admins only: the link is the guest's
 * credential for their answers and contact details, so a viewer, who may read the list, may not
 * hold it (or answer in the guest's name). The link is made when first asked for.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class GuestRsvpLinks {

    @Inject
    EventGuests guests;

    @Inject
    RsvpLinks links;

    @Inject
    RsvpUrls urls;

    /** The guest's live link, made now if there is none. */
    @RequiresEventRole(EventRole.editor)
    public RsvpLinkView link(@EventId UUID eventId, UUID guestId) {
        return RsvpLinkView.of(links.live(guests.existing(eventId, guestId)), urls);
    }

    /** A new link in place of the live one, whose token stops working; the invitation code is untouched. */
    @RequiresEventRole(EventRole.editor)
    public RsvpLinkView rotate(@EventId UUID eventId, UUID guestId) {
        return RsvpLinkView.of(links.rotate(guests.existing(eventId, guestId)), urls);
    }

    /** Withdraws the live link: its page says it was revoked. 404 if the guest has none. */
    @RequiresEventRole(EventRole.editor)
    public void revoke(@EventId UUID eventId, UUID guestId) {
        if (!links.revoke(guests.existing(eventId, guestId))) {
            throw new NotFoundException("Guest " + guestId + " has no live RSVP link");
        }
    }

    /** The live link (made now if there is none) as a QR code, PNG. */
    @RequiresEventRole(EventRole.editor)
    public byte[] qrPng(@EventId UUID eventId, UUID guestId) {
        return QrCodes.png(link(eventId, guestId).url());
    }
}
