package dev.usher.events.boundary;

import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventDetails;
import dev.usher.events.entity.EventRole;
import dev.usher.events.entity.RsvpSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as its members see it, with the caller's own role. */
public record EventView(UUID id, String name, LocalDate date, LocalTime startTime, String timeZone,
                        String location, String phoneRegion, String language, OffsetDateTime rsvpDeadline,
                        boolean rsvpAllowsMaybe, String rsvpMessage, String rsvpContact,
                        @Schema(description = "Days after its first send an invitation expires, unless it has an "
                                + "expiry of its own; null: invitations do not expire") Integer invitationExpiryDays,
                        EventRole myRole,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static EventView of(Event event, EventRole myRole) {
        EventDetails d = event.details();
        RsvpSettings r = event.rsvpSettings();
        return new EventView(event.id(), d.name(), d.date(), d.startTime(), d.timeZone(), d.location(),
                d.phoneRegion(), r.language(), r.deadline(), r.allowsMaybe(), r.message(), r.contact(), event.invitationExpiryDays(), myRole,
                event.createdAt(), event.updatedAt());
    }
}
