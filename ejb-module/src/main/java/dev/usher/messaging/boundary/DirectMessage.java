package dev.usher.messaging.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A WhatsApp message from a member to one guest: free text or a template, exactly one. */
@Schema(name = "DirectMessage")
public record DirectMessage(
        @NotNull UUID guestId,
        @Schema(description = "Free text (see MessageContent); placeholders such as {firstName} are filled in")
        @Size(max = 4096) String text,
        @Valid TemplateInput template) {

    public MessageContent content() {
        return new MessageContent(text, template);
    }
}
