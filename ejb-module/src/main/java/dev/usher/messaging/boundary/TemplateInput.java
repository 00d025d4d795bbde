package dev.usher.messaging.boundary;

import dev.usher.messaging.entity.RsvpAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An approved WhatsApp template to send, with its parameters. */
@Schema(name = "TemplateInput")
public record TemplateInput(
        @Schema(description = "The template's name as approved in Meta's WhatsApp Manager", example = "rsvp_invitation")
        @NotBlank @Pattern(regexp = "[a-z0-9_]{1,512}", message = "must be lower-case letters, digits and _")
        String name,
        @Schema(description = "The approved translation's language code", example = "he")
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(_[A-Za-z]{2,4})?", message = "must be a language code such as en, he or en_US")
        String language,
        @Schema(description = "Values of the body's {{1}}, {{2}}... in order; placeholders such as {firstName} are "
                + "filled in per guest")
        @Size(max = 20) List<@NotNull @Size(max = 1024) String> bodyParameters,
        @Schema(description = "The RSVP answer of each quick-reply button, in button order (the template's buttons "
                + "must be quick replies); a tap sets the guest confirmed (yes) or declined (no)")
        @Size(max = 10) List<@NotNull RsvpAnswer> quickReplies) {
}
