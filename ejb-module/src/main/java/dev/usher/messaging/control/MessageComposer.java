package dev.usher.messaging.control;

import dev.usher.messaging.boundary.MessageContent;
import dev.usher.messaging.boundary.TemplateInput;
import dev.usher.messaging.entity.RsvpAnswer;
import dev.usher.messaging.entity.RsvpPayload;
import dev.usher.platform.errors.FieldError;
import dev.usher.whatsapp.WhatsAppMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what a member wrote into the message one guest gets: checks the content once (exactly
 * one of text and template, known placeholders only), then fills in each guest's values and
 * puts the guest's id into the quick-reply payloads. Pure.
 */
public final class MessageComposer {

    public static final int MAX_TEXT = 4096;

    private MessageComposer() {
    }

    /** Rule breaks Bean Validation cannot see; empty when the content can be sent. */
    public static List<FieldError> problems(MessageContent content) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasText = content.text() != null && !content.text().isBlank();
        boolean hasTemplate = content.template() != null;
        if (hasText == hasTemplate) {
            errors.add(new FieldError(hasText ? "template" : "text",
                    hasText ? "send either text or a template, not both" : "send either text or a template"));
            return errors;
        }
        if (hasText) {
            Placeholders.unknown(content.text()).forEach(p -> errors.add(unknown("text", p)));
        } else {
            List<String> parameters = content.template().bodyParameters();
            for (int i = 0; parameters != null && i < parameters.size(); i++) {
                int index = i;
                Placeholders.unknown(parameters.get(i))
                        .forEach(p -> errors.add(unknown("template.bodyParameters[" + index + "]", p)));
            }
        }
        return errors;
    }

    /** The message for one guest; {@code values} from {@link Placeholders#of}. */
    public static WhatsAppMessage compose(MessageContent content, UUID guestId, Map<String, String> values) {
        if (content.template() == null) {
            return new WhatsAppMessage.Text(Placeholders.fill(content.text().strip(), values));
        }
        TemplateInput t = content.template();
        List<String> parameters = t.bodyParameters() == null ? List.of()
                : t.bodyParameters().stream().map(p -> Placeholders.fill(p, values)).toList();
        List<RsvpAnswer> answers = t.quickReplies() == null ? List.of() : t.quickReplies();
        List<String> payloads = answers.stream().map(a -> new RsvpPayload(guestId, a).format()).toList();
        return new WhatsAppMessage.Template(t.name().strip(), t.language().strip(), parameters, payloads);
    }

    /** A text too long once the placeholders are filled in, as a field error; empty if it fits. */
    public static List<FieldError> tooLong(WhatsAppMessage message) {
        if (message instanceof WhatsAppMessage.Text text && text.body().length() > MAX_TEXT) {
            return List.of(new FieldError("text", "is " + text.body().length() + " characters with the placeholders "
                    + "filled in; WhatsApp takes at most " + MAX_TEXT));
        }
        return List.of();
    }

    private static FieldError unknown(String field, String placeholder) {
        return new FieldError(field, "has the unknown placeholder " + placeholder + "; use "
                + String.join(", ", Placeholders.NAMES.stream().map(n -> "{" + n + "}").toList()));
    }
}
