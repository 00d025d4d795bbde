package dev.usher.rsvp.boundary;

import dev.usher.rsvp.entity.RsvpChoice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the RSVP page shows its guest: the event, the organizer's message and settings, and this one
 * guest's own name, answer and contact details. Nothing of any other guest, no ids, no token.
 */
@Schema(name = "RsvpPage")
public record RsvpPageView(
        String eventName, LocalDate date, LocalTime startTime, String timeZone, String venue,
        @Schema(description = "An OpenStreetMap search for the venue") String mapUrl,
        String message,
        OffsetDateTime deadline,
        @Schema(description = "Whether answers and contact changes are still taken") boolean open,
        @Schema(description = "Whom to contact once answers are closed") String contact,
        List<RsvpChoice> answers,
        String language,
        @Schema(description = "ltr or rtl, the language's direction") String direction,
        String firstName, String lastName,
        @Schema(description = "The guest's answer so far; null if none") RsvpChoice answer,
        String phone, String email) {
}
