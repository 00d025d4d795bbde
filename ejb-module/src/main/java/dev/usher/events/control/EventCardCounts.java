package dev.usher.events.control;

import dev.usher.events.boundary.EventCardStats;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the event list needs from the guest list: each event card's numbers. The guests area,
 * which owns the guests table, implements it, so events does not depend on guests. Checks no
 * membership: only a boundary that has already limited the events to the caller's own may ask.
 */
public interface EventCardCounts {

    /** The numbers of those events that have guests; an event without any is absent. */
    Map<UUID, EventCardStats> of(Collection<UUID> eventIds);
}
