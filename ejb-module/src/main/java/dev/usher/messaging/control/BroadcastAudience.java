package dev.usher.messaging.control;

import dev.usher.guests.control.EventGuests;
import dev.usher.messaging.boundary.BroadcastRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * The guests a broadcast reaches, in a fixed order (by id), page by page: the broadcast job
 * checkpoints the last guest it handled and resumes after it. The guests area selects them.
 */
@Dependent
public class BroadcastAudience {

    @Inject
    EventGuests guests;

    public long count(UUID eventId, BroadcastRequest.Audience audience) {
        return guests.count(eventId, selection(audience));
    }

    /** The next guests after {@code after} (null: from the start). */
    public List<UUID> after(UUID eventId, BroadcastRequest.Audience audience, UUID after, int limit) {
        return guests.idsAfter(eventId, selection(audience), after, limit);
    }

    private static EventGuests.Selection selection(BroadcastRequest.Audience audience) {
        return new EventGuests.Selection(audience.status(), audience.side(), audience.guestIds());
    }
}
