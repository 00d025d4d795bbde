package dev.usher.invitations.control;

import dev.usher.events.entity.Event;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.control.PhoneNumbers;
import dev.usher.guests.control.PhoneRegions;
import dev.usher.guests.entity.Guest;
import dev.usher.invitations.boundary.OfficialInvitationInput;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.invitations.entity.Recipient;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.InputValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns an official invitation's input into a validated recipient, its event and guest: Bean
 * Validation, the event and guest must exist (and belong together), the phone becomes E.164.
 * Every problem is reported at once as 422, before anything is written.
 */
@Dependent
public class InvitationRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests guests;

    @Inject
    InputValidator validator;

    @Inject
    PhoneRegions regions;

    public record Accepted(Recipient recipient, Event event, UUID guestId) {
    }

    public Accepted check(OfficialInvitationInput input) {
        List<FieldError> errors = new ArrayList<>(validator.errors(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        Event event = null;
        if (input.eventId() != null) {
            event = em.find(Event.class, input.eventId());
            if (event == null) {
                errors.add(new FieldError("eventId", "no such event"));
            }
        }
        if (input.guestId() != null) {
            Guest guest = guests.byId(input.guestId()).orElse(null);
            if (input.eventId() == null) {
                errors.add(new FieldError("guestId", "needs the eventId of the guest's event"));
            } else if (guest == null || !guest.event().id().equals(input.eventId())) {
                errors.add(new FieldError("guestId", "no such guest in this event"));
            }
        }
        String phone = null;
        if (input.phone() != null && !input.phone().isBlank() && errors.stream().noneMatch(e -> e.field().equals("phone"))) {
            String region = event == null ? regions.serverDefault() : regions.forEvent(event);
            PhoneNumbers.Result result = PhoneNumbers.normalize(input.phone(), region);
            if (result instanceof PhoneNumbers.Valid valid) {
                phone = valid.e164();
            } else if (result instanceof PhoneNumbers.Invalid invalid) {
                errors.add(new FieldError("phone", invalid.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Recipient recipient = new Recipient(input.recipientName().strip(), input.email().strip().toLowerCase(Locale.ROOT),
                phone, input.type() == null ? InvitationType.general : input.type(), blankToNull(input.customMessage()),
                input.seats() == null ? 1 : input.seats());
        return new Accepted(recipient, event, input.guestId());
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
