package dev.usher.guests.boundary;

import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A guest as members see it. */
public record GuestView(UUID id, UUID eventId, String firstName, String lastName, String phone, String email,
                        String side, GuestStatus status, int partySize, String notes, UUID addedBy,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static GuestView of(Guest guest) {
        GuestData d = guest.data();
        return new GuestView(guest.id(), guest.event().id(), d.firstName(), d.lastName(), d.phone(), d.email(),
                d.side(), d.status(), d.partySize(), d.notes(),
                guest.addedBy() == null ? null : guest.addedBy().id(),
                guest.createdAt(), guest.updatedAt());
    }

    GuestInput toInput() {
        return new GuestInput(firstName, lastName, phone, email, side, status, partySize, notes);
    }
}
