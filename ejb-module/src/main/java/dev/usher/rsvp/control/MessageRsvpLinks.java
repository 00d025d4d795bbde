package dev.usher.rsvp.control;

import dev.usher.guests.entity.Guest;
import dev.usher.messaging.control.GuestPageLinks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The {@code {rsvpLink}} of a WhatsApp message (or its e-mail fallback): the guest's live RSVP link, made when first needed. */
@Dependent
public class MessageRsvpLinks implements GuestPageLinks {

    @Inject
    RsvpLinks links;

    @Inject
    RsvpUrls urls;

    @Override
    public String pageUrl(Guest guest) {
        return urls.page(links.live(guest).token());
    }
}
