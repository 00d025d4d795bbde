package dev.usher.invitations.control;

import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventDetails;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.invitations.entity.InvitationType;

/**
 * The letter of an invitation that is not made: what a guest of the event (or a sample guest)
 * would get, for the console's preview and an organizer's test send. Its token is fresh and never
 * stored, so its QR code admits nobody, and it has no invitation id: nothing counts it as the
 * guest's invitation.
 */
public final class SampleLetters {

    /** The number a sample letter shows instead of a real one. */
    public static final String NUMBER = "INV-SAMPLE";
    static final String SAMPLE_NAME = "Sample Guest";

    private SampleLetters() {
    }

    /** {@code guest} null: a sample guest named {@value #SAMPLE_NAME}; {@code seats} null: the guest's party size. */
    public static InvitationLetter of(Event event, Guest guest, InvitationType type, String customMessage,
                                      Integer seats, String to) {
        EventDetails d = event.details();
        var facts = new InvitationLetter.EventFacts(event.id(), d.name(), d.date(), d.startTime(), d.timeZone(),
                d.location(), event.rsvpSettings().language());
        String name = SAMPLE_NAME;
        String firstName = "Sample";
        int partySize = 1;
        if (guest != null) {
            GuestData g = guest.data();
            name = g.lastName() == null ? g.firstName() : g.firstName() + " " + g.lastName();
            firstName = g.firstName();
            partySize = g.partySize();
        }
        return new InvitationLetter(null, NUMBER, InvitationTokens.next(), name, firstName, to,
                type == null ? InvitationType.general : type, InvitationRules.blankToNull(customMessage),
                seats == null ? Math.max(1, partySize) : seats, facts, InvitationTokens.reference());
    }
}
