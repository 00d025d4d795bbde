package dev.usher.rsvp.control;

import dev.usher.guests.control.EventGuests;
import dev.usher.invitations.control.RsvpButtons;
import dev.usher.rsvp.entity.RsvpChoice;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/** The invitation e-mail's Yes / No buttons: the guest's live RSVP link (made when first needed). */
@Dependent
public class InvitationRsvpButtons implements RsvpButtons {

    @Inject
    LinkSecret secret;

    @Inject
    EventGuests guests;

    @Inject
    RsvpLinks links;

    @Inject
    RsvpUrls urls;

    @Override
    public Optional<Buttons> forGuest(UUID guestId) {
        if (!secret.configured()) {
            return Optional.empty();
        }
        return guests.byId(guestId).map(guest -> {
            String token = links.live(guest).token();
            return new Buttons(urls.page(token, RsvpChoice.yes), urls.page(token, RsvpChoice.no), urls.page(token));
        });
    }
}
