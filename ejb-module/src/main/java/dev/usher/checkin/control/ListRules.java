package dev.usher.checkin.control;

import dev.usher.checkin.boundary.CheckInListInput;
import dev.usher.checkin.entity.CheckInList;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What a check-in list may be: refused with every faulty field named, never cleaned up
 * silently, and held to the same limits as the table's checks (V18).
 */
public final class ListRules {

    static final int MAX_NAME = 80;
    static final int MAX_SIDES = 50;
    static final int MAX_SIDE = 100;

    private ListRules() {
    }

    /** The list the input describes, or 422 naming each faulty field. */
    public static CheckInList list(UUID id, UUID eventId, CheckInListInput input) {
        if (input == null) {
            throw new InvalidInputException("name", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = name(input.name(), errors);
        List<String> types = distinct(input.invitationTypes());
        List<String> allowed = Arrays.stream(InvitationType.values()).map(Enum::name).toList();
        for (int i = 0; i < types.size(); i++) {
            if (!allowed.contains(types.get(i))) {
                errors.add(new FieldError("invitationTypes[" + i + "]", "must be one of " + allowed));
            }
        }
        List<String> sides = distinct(input.guestSides()).stream().map(String::strip).toList();
        if (sides.size() > MAX_SIDES) {
            errors.add(new FieldError("guestSides", "must name at most " + MAX_SIDES + " groups"));
        }
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).isEmpty() || sides.get(i).length() > MAX_SIDE
                    || sides.get(i).chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError("guestSides[" + i + "]", "must be 1-" + MAX_SIDE
                        + " characters, none of them a control character"));
            }
        }
        boolean exits = Boolean.TRUE.equals(input.exits());
        boolean reentry = Boolean.TRUE.equals(input.reentry());
        if (reentry && !exits) {
            errors.add(new FieldError("reentry", "needs exits: re-entry is admission after an exit scan"));
        }
        if (input.opensAt() != null && input.closesAt() != null && !input.opensAt().isBefore(input.closesAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CheckInList(id, eventId, name, false, types, sides, exits, reentry, input.opensAt(),
                input.closesAt());
    }

    /**
     * The default list admits the event's every invitation, once, at any hour (what the door was
     * before lists): only its name may change, and any rule asked for is refused by name.
     */
    public static String defaultName(CheckInListInput input) {
        List<FieldError> errors = new ArrayList<>();
        String name = name(input == null ? null : input.name(), errors);
        if (input != null) {
            if (!distinct(input.invitationTypes()).isEmpty()) {
                errors.add(new FieldError("invitationTypes", "the event's default list admits every invitation"));
            }
            if (!distinct(input.guestSides()).isEmpty()) {
                errors.add(new FieldError("guestSides", "the event's default list admits every invitation"));
            }
            if (Boolean.TRUE.equals(input.exits()) || Boolean.TRUE.equals(input.reentry())) {
                errors.add(new FieldError("exits", "the event's default list keeps no exits; add a list for them"));
            }
            if (input.opensAt() != null || input.closesAt() != null) {
                errors.add(new FieldError("opensAt", "the event's default list is open at any hour"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return name;
    }

    private static String name(String raw, List<FieldError> errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1-" + MAX_NAME + " characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "must not contain control characters"));
        }
        return name;
    }

    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(values.stream().map(v -> v == null ? "" : v).toList()));
    }
}
