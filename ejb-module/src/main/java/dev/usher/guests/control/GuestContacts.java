package dev.usher.guests.control;

import dev.usher.guests.boundary.GuestInput;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A guest changes their own phone and e-mail (the RSVP page): read by the same {@link GuestRules} as
 * a member's edit (libphonenumber in the event's region, e-mail lower-cased), everything else kept.
 * No duplicate check: refusing a number another guest has would tell a stranger who is on the list;
 * the organizer's duplicate tools find it.
 */
@Dependent
public class GuestContacts {

    @Inject
    GuestRules rules;

    @Inject
    PhoneRegions regions;

    /** The guest's details with this phone and e-mail (null clears one), or 422 naming the field; writes nothing. */
    public GuestData checked(Guest guest, String phone, String email) {
        GuestData d = guest.data();
        GuestInput input = new GuestInput(d.firstName(), d.lastName(), phone, email, d.side(), d.status(),
                d.partySize(), d.notes());
        GuestRules.Outcome outcome = rules.check(input, regions.forEvent(guest.event()));
        if (outcome instanceof GuestRules.Rejected rejected) {
            throw new InvalidInputException(rejected.errors());
        }
        return ((GuestRules.Accepted) outcome).data();
    }

    /** Sets the phone and e-mail {@link #checked} accepted; the rest stays as it is now (an answer may have come between). */
    public void change(Guest guest, GuestData checked) {
        GuestData d = guest.data();
        guest.apply(new GuestData(d.firstName(), d.lastName(), checked.phone(), checked.email(), d.side(), d.status(),
                d.partySize(), d.notes()));
    }
}
