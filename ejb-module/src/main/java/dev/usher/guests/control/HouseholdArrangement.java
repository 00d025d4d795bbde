package dev.usher.guests.control;

import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.boundary.HouseholdInput;
import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.HouseholdMember;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.InputValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organizer arranges who a household is: its members invited by name and how many
 * plus-ones it may name. Checked as a whole first; a member left out leaves with their answers.
 * The party size then follows (members invited by name + plus-ones allowed). Checks no
 * membership; the calling boundary has.
 */
@Dependent
public class HouseholdArrangement {

    @Inject
    InputValidator validator;

    @Inject
    HouseholdReplies replies;

    @Inject
    Event<HouseholdAttendance> attendanceChanged;

    public GuestView arrange(UUID eventId, UUID guestId, HouseholdInput input) {
        validator.check(input);
        Guest guest = replies.locked(eventId, guestId);
        List<HouseholdInput.Named> named = input.members() == null ? List.of() : input.members();
        int plusOnesAllowed = input.plusOnesAllowed() == null ? 0 : input.plusOnesAllowed();
        Map<UUID, HouseholdMember> invited = guest.members().stream().filter(m -> !m.plusOne())
                .collect(Collectors.toMap(HouseholdMember::id, Function.identity()));
        List<HouseholdMember> plusOnes = guest.members().stream().filter(HouseholdMember::plusOne).toList();

        List<FieldError> errors = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            UUID id = named.get(i).id();
            if (id != null && !invited.containsKey(id)) {
                errors.add(new FieldError("members[" + i + "].id", "is not a member invited by name in this household"));
            } else if (id != null && !kept.add(id)) {
                errors.add(new FieldError("members[" + i + "].id", "is listed twice"));
            }
        }
        if (named.isEmpty() && plusOnesAllowed > 0) {
            errors.add(new FieldError("plusOnesAllowed", "plus-ones need at least one member named first"));
        }
        if (plusOnes.size() > plusOnesAllowed) {
            errors.add(new FieldError("plusOnesAllowed", plusOnes.size()
                    + " plus-ones are named already; their reply must name fewer first"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        invited.values().stream().filter(m -> !kept.contains(m.id())).forEach(guest::removeMember);
        for (int i = 0; i < named.size(); i++) {
            HouseholdInput.Named member = named.get(i);
            String name = member.name().strip();
            if (member.id() == null) {
                guest.addMember(new HouseholdMember(guest, i, name, false));
            } else {
                invited.get(member.id()).place(i, name);
            }
        }
        for (int j = 0; j < plusOnes.size(); j++) {
            plusOnes.get(j).place(named.size() + j, plusOnes.get(j).name());
        }
        guest.allowPlusOnes(plusOnesAllowed);
        guest.resizeToHousehold();
        if (!guest.members().isEmpty()) {
            int attending = (int) guest.members().stream().filter(m -> m.attending() == Attendance.yes).count();
            attendanceChanged.fire(new HouseholdAttendance(eventId, guestId, attending));
        }
        return GuestView.of(guest);
    }
}
