package dev.usher.messaging.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to send: free text or an approved template, exactly one. Placeholders {firstName},
 * {lastName}, {fullName}, {eventName} and {rsvpLink} (the guest's RSVP page) are filled in for each guest.
 */
@Schema(name = "MessageContent")
public record MessageContent(
        @Schema(description = "Free text, up to 4096 characters after the placeholders are filled in. WhatsApp "
                + "delivers it only within 24 hours of the guest's last message; use a template otherwise.")
        @Size(max = 4096) String text,
        @Valid TemplateInput template) {
}
