package dev.usher.events.boundary;

import dev.usher.events.entity.EventDetails;
import dev.usher.platform.validation.PhoneRegion;
import dev.usher.platform.validation.TimeZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;

/** An event as an organizer creates or replaces it. */
@Schema(name = "EventInput")
public record EventInput(
        @NotBlank @Size(max = 200) String name,
        LocalDate date,
        @Schema(description = "Local start time, e.g. 18:30") LocalTime startTime,
        @Schema(description = "IANA time zone of the start time, e.g. Europe/Paris") @TimeZoneId @Size(max = 64) String timeZone,
        @Size(max = 500) String location,
        @Schema(description = "ISO 3166 region used to read local phone numbers of this event's guests, e.g. IL")
        @PhoneRegion String phoneRegion) {

    static EventInput of(EventDetails details) {
        return new EventInput(details.name(), details.date(), details.startTime(), details.timeZone(),
                details.location(), details.phoneRegion());
    }

    EventDetails toDetails() {
        return new EventDetails(name.strip(), date, startTime, blankToNull(timeZone), blankToNull(location),
                phoneRegion == null || phoneRegion.isBlank() ? null : phoneRegion.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
