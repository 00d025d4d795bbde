package dev.usher.events.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The guest numbers an event card shows. {@code confirmationRate} is confirmed / total, 0 when
 * empty. Counted by the guests area (see {@link dev.usher.events.control.EventCardCounts}).
 */
@Schema(name = "QuickStats")
public record EventCardStats(long guestTotal, long confirmed, long declined, long headcount,
                             double confirmationRate) {

    public static final EventCardStats EMPTY = new EventCardStats(0, 0, 0, 0, 0.0);
}
