package dev.usher.messaging.boundary;

import dev.usher.guests.entity.GuestStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A WhatsApp broadcast: text or an approved template (exactly one, with placeholders such
 * as {firstName} filled in per guest), to the guests that match every given filter; a text
 * may also go by e-mail to the guests WhatsApp did not reach.
 */
@Schema(name = "BroadcastRequest")
public record BroadcastRequest(
        @Size(max = 4096) String text,
        @Valid TemplateInput template,
        @Schema(description = "Only guests with this status") GuestStatus status,
        @Schema(description = "Only guests of this side (case-insensitive)") @Size(max = 60) String side,
        @Schema(description = "Only these guests") @Size(max = 100_000) List<UUID> guestIds,
        @Schema(description = "Text broadcasts only: after the WhatsApp messages, e-mail the same text (placeholders "
                + "filled in, the event's name as subject) to each guest whose WhatsApp message failed and who has "
                + "an e-mail address, once per broadcast. Default false.")
        Boolean emailFallback) {

    /** Whether the broadcast asks for the e-mail fallback. */
    public boolean wantsEmailFallback() {
        return Boolean.TRUE.equals(emailFallback);
    }

    public MessageContent content() {
        return new MessageContent(text, template);
    }

    public Audience audience() {
        return new Audience(status, side == null || side.isBlank() ? null : side.strip(),
                guestIds == null || guestIds.isEmpty() ? null : List.copyOf(guestIds));
    }

    /** Which guests a broadcast reaches; null members do not filter. */
    public record Audience(GuestStatus status, String side, List<UUID> guestIds) {
    }
}
