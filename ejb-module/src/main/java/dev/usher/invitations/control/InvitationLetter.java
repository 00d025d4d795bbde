package dev.usher.invitations.control;

import dev.usher.invitations.entity.InvitationType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Everything one invitation e-mail says, read in the transaction that records the send, so the
 * message is composed and handed to SMTP with no database connection held.
 *
 * @param reference random id of this send: the Message-ID's local part and the tracking pixel's name
 * @param event     null for a general invitation
 * @param rsvp      the Yes / No buttons of a guest's invitation; null for others (or with no RSVP link secret)
 */
public record InvitationLetter(UUID invitationId, String number, String token, String recipientName,
                               String firstName, String email, InvitationType type, String customMessage,
                               int seats, EventFacts event, String reference, RsvpButtons.Buttons rsvp) {

    /** A letter without RSVP buttons. */
    public InvitationLetter(UUID invitationId, String number, String token, String recipientName, String firstName,
                            String email, InvitationType type, String customMessage, int seats, EventFacts event,
                            String reference) {
        this(invitationId, number, token, recipientName, firstName, email, type, customMessage, seats, event, reference,
                null);
    }

    public InvitationLetter withRsvp(RsvpButtons.Buttons buttons) {
        return new InvitationLetter(invitationId, number, token, recipientName, firstName, email, type, customMessage,
                seats, event, reference, buttons);
    }

    /** What the message says about the event, and the language its guests' e-mails are in. */
    public record EventFacts(UUID id, String name, LocalDate date, LocalTime startTime, String timeZone,
                             String location, String language) {

        /** An event whose guests read the default language (English). */
        public EventFacts(UUID id, String name, LocalDate date, LocalTime startTime, String timeZone, String location) {
            this(id, name, date, startTime, timeZone, location, null);
        }
    }
}
