package dev.usher.guests.boundary;

import dev.usher.guests.entity.GuestStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One RSVP change of the activity feed, read from the guest's status history: who (the guest), what
 * (from and to), where it came from, the evidence recorded with it, and when.
 */
public record ActivityItem(UUID id, UUID guestId, String guestName, GuestStatus from, GuestStatus to,
                           ActivitySource source, String evidence, OffsetDateTime answeredAt,
                           OffsetDateTime changedAt) {
}
