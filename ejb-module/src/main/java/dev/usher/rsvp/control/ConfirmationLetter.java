package dev.usher.rsvp.control;

import dev.usher.guests.entity.Attendance;
import dev.usher.invitations.control.InvitationLetter;
import dev.usher.rsvp.entity.RsvpChoice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything the confirmation of one answer says, read in the transaction that starts its send, so
 * the message is composed and handed to SMTP with no database connection held.
 *
 * @param answer   what the guest answered, as recorded with the send (not what they may have answered since)
 * @param members  the household's members and their answers; empty for a guest without members
 * @param pageUrl  the guest's RSVP page, where the answer is changed; null when the server makes no RSVP links
 */
public record ConfirmationLetter(UUID guestId, String email, String firstName, String fullName, RsvpChoice answer,
                                 List<Member> members, InvitationLetter.EventFacts event, OffsetDateTime deadline,
                                 String pageUrl) {

    /** One member of the household and their answer; {@code name} null for an unnamed plus-one. */
    public record Member(String name, Attendance attending) {
    }
}
