package dev.usher.events.boundary;

import dev.usher.events.entity.EventRole;

import java.time.LocalDate;
import java.util.UUID;

/** One card of the caller's event list: the event, the caller's role and its guest numbers. */
public record EventSummary(UUID id, String name, LocalDate date, String location, EventRole myRole,
                           EventCardStats stats) {
}
