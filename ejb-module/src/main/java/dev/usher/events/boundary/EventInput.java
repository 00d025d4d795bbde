package dev.usher.events.boundary;

import dev.usher.events.entity.EventDetails;
import dev.usher.events.entity.RsvpSettings;
import dev.usher.platform.validation.PageLanguage;
import dev.usher.platform.validation.PhoneRegion;
import dev.usher.platform.validation.TimeZoneId;
import dev.usher.invitations.entity.InvitationExpiry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** An event as an organizer creates or replaces it. */
@Schema(name = "EventInput")
public record EventInput(
        @NotBlank @Size(max = 200) String name,
        LocalDate date,
        @Schema(description = "Local start time, e.g. 18:30") LocalTime startTime,
        @Schema(description = "IANA time zone of the start time, e.g. Europe/Paris") @TimeZoneId @Size(max = 64) String timeZone,
        @Size(max = 500) String location,
        @Schema(description = "ISO 3166 region used to read local phone numbers of this event's guests, e.g. IL")
        @PhoneRegion String phoneRegion,
        @Schema(description = "Language of the guests' RSVP page and e-mails: en or he (right-to-left)",
                defaultValue = RsvpSettings.DEFAULT_LANGUAGE)
        @PageLanguage String language,
        @Schema(description = "After this instant the RSVP page takes no more answers; none: open")
        OffsetDateTime rsvpDeadline,
        @Schema(description = "Whether guests may answer maybe on the RSVP page", defaultValue = "false")
        Boolean rsvpAllowsMaybe,
        @Schema(description = "The organizer's message on the RSVP page") @Size(max = 2000) String rsvpMessage,
        @Schema(description = "Whom guests contact once answers are closed, e.g. a name and phone number")
        @Size(max = 200) String rsvpContact,
        @Schema(description = "Default expiry of the event's invitations: this many days after an invitation is "
                + "first sent its code stops admitting (scans are answered expired), unless the invitation has an "
                + "expiry of its own; null: they do not expire. Written onto each invitation at its first send, so "
                + "a change applies to invitations sent afterwards.", minimum = "1", maximum = "3650")
        @Min(1) @Max(InvitationExpiry.MAX_DAYS) Integer invitationExpiryDays) {

    static EventInput of(EventDetails details, RsvpSettings rsvp, Integer invitationExpiryDays) {
        return new EventInput(details.name(), details.date(), details.startTime(), details.timeZone(),
                details.location(), details.phoneRegion(), rsvp.language(), rsvp.deadline(), rsvp.allowsMaybe(),
                rsvp.message(), rsvp.contact(), invitationExpiryDays);
    }

    EventDetails toDetails() {
        return new EventDetails(name.strip(), date, startTime, blankToNull(timeZone), blankToNull(location),
                phoneRegion == null || phoneRegion.isBlank() ? null : phoneRegion.strip().toUpperCase(java.util.Locale.ROOT));
    }

    RsvpSettings toRsvpSettings() {
        return new RsvpSettings(language == null ? RsvpSettings.DEFAULT_LANGUAGE : language, rsvpDeadline,
                Boolean.TRUE.equals(rsvpAllowsMaybe), blankToNull(rsvpMessage), blankToNull(rsvpContact));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
