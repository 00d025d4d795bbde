package dev.usher.events.boundary;

import dev.usher.events.entity.EventRole;
import dev.usher.guests.boundary.QuickStats;

import java.time.LocalDate;
import java.util.UUID;

/** One card of the caller's event list: the event, the caller's role and its quick stats. */
public record EventSummary(UUID id, String name, LocalDate date, String location, EventRole myRole,
                           QuickStats stats) {
}
