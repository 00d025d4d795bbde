package dev.usher.rsvp.boundary;

import dev.usher.rsvp.control.RsvpLinks;
import dev.usher.rsvp.control.RsvpUrls;
import dev.usher.rsvp.entity.RsvpChoice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A guest's live RSVP link as an organizer sees it: the page, and the page with yes or no preselected. */
@Schema(name = "RsvpLink")
public record RsvpLinkView(UUID guestId, String url, String yesUrl, String noUrl, OffsetDateTime createdAt) {

    static RsvpLinkView of(RsvpLinks.Issued issued, RsvpUrls urls) {
        return new RsvpLinkView(issued.link().guestId(), urls.page(issued.token()),
                urls.page(issued.token(), RsvpChoice.yes), urls.page(issued.token(), RsvpChoice.no),
                issued.link().createdAt());
    }
}
