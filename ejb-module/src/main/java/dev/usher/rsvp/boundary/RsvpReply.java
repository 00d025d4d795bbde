package dev.usher.rsvp.boundary;

import dev.usher.rsvp.entity.RsvpChoice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a guest sends from the RSVP page, as a merge patch of what they have: any of the answer, the
 * phone and the e-mail; an absent member stays as it is, null clears a contact detail. The phone and
 * e-mail are read by the guests area's rules (libphonenumber in the event's region; e-mail lower-cased).
 */
@Schema(name = "RsvpReply")
public record RsvpReply(RsvpChoice answer,
                        @Schema(description = "Any common format; stored in E.164") String phone,
                        String email) {
}
