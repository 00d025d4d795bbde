package dev.usher.checkin.entity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One of an event's check-in lists (V18): whom it admits (invitation types and guest groups,
 * empty meaning all), whether it keeps exits and lets people back in, and when it is open. Read
 * and written with SQL ({@code check_in_lists}, whose limits are PostgreSQL arrays), not JPA.
 */
public record CheckInList(UUID id, UUID eventId, String name, boolean isDefault, List<String> invitationTypes,
                          List<String> guestSides, boolean exits, boolean reentry, OffsetDateTime opensAt,
                          OffsetDateTime closesAt) {

    public CheckInList {
        invitationTypes = invitationTypes == null ? List.of() : List.copyOf(invitationTypes);
        guestSides = guestSides == null ? List.of() : List.copyOf(guestSides);
    }
}
