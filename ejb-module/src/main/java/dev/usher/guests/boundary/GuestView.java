package dev.usher.guests.boundary;

import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A guest as members see it. */
public record GuestView(UUID id, UUID eventId, String firstName, String lastName, String phone, String email,
                        String side, GuestStatus status, int partySize, String notes, UUID addedBy,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt,
                        @Schema(description = "The organizer's note for the door staff (PUT .../door-note)")
                        String doorNote) {

    public static GuestView of(Guest guest) {
        GuestData d = guest.data();
        return new GuestView(guest.id(), guest.event().id(), d.firstName(), d.lastName(), d.phone(), d.email(),
                d.side(), d.status(), d.partySize(), d.notes(),
                guest.addedBy() == null ? null : guest.addedBy().id(),
                guest.createdAt(), guest.updatedAt(), guest.doorNote());
    }

    GuestInput toInput() {
        return new GuestInput(firstName, lastName, phone, email, side, status, partySize, notes);
    }
}
