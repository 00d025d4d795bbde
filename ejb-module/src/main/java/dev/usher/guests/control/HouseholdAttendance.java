package dev.usher.guests.control;

import java.util.UUID;

/**
 * Fired (synchronously, in the writer's transaction) when a household's attending members may
 * have changed: areas that follow them, such as the invitation's seats, observe it. The guests
 * area does not depend on those areas; they depend on it.
 */
public record HouseholdAttendance(UUID eventId, UUID guestId, int attending) {
}
