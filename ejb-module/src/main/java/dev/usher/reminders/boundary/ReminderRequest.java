package dev.usher.reminders.boundary;

import dev.usher.messaging.boundary.TemplateInput;
import dev.usher.reminders.entity.ReminderChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A reminder to the event's guests who have not answered: by e-mail (the reminder e-mail in the
 * event's brand, with optional words of the organizer) or by WhatsApp (a text or an approved
 * template, as a broadcast), now or at a time.
 */
@Schema(name = "ReminderRequest")
public record ReminderRequest(
        @NotNull ReminderChannel channel,
        @Schema(description = "Only guests who opened an invitation e-mail (tracking pixel) and did not answer; "
                + "default false") Boolean openedOnly,
        @Schema(description = "E-mail: the organizer's words in the reminder; WhatsApp: the text (placeholders "
                + "{firstName}, {lastName}, {fullName}, {eventName}); give text or template for WhatsApp")
        @Size(max = 2000) String text,
        @Schema(description = "WhatsApp only: an approved template instead of text") @Valid TemplateInput template,
        @Schema(description = "When to send; left out or in the past: now") OffsetDateTime sendAt) {

    public boolean onlyOpened() {
        return Boolean.TRUE.equals(openedOnly);
    }
}
