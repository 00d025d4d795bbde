package dev.usher.checkin.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who has arrived, in people (an invitation's seats, which follow its household's yes answers),
 * per check-in list and per gate. {@code version} changes whenever a count does (the ETag).
 */
@Schema(name = "Arrivals")
public record ArrivalsView(UUID eventId, List<ListArrivals> lists, List<GateArrivals> gates, String version,
                           OffsetDateTime countedAt) {

    /** One list: people expected (invitations it admits, not revoked, guest not declined), arrived, inside. */
    @Schema(name = "ListArrivals")
    public record ListArrivals(UUID listId, String name, boolean isDefault, long expected, long arrived, long inside) {
    }

    /** People admitted through one gate on one list (re-entries included); gate null: stations without one. */
    @Schema(name = "GateArrivals")
    public record GateArrivals(UUID listId, String gate, long admitted) {
    }

    /** One guest's arrived people (the guest list's badge). */
    @Schema(name = "GuestArrival")
    public record GuestArrival(UUID guestId, long arrived) {
    }
}
