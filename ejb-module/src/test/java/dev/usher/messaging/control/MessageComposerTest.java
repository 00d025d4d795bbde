package dev.usher.messaging.control;

import dev.usher.messaging.boundary.MessageContent;
import dev.usher.messaging.boundary.TemplateInput;
import dev.usher.messaging.entity.RsvpAnswer;
import dev.usher.platform.errors.FieldError;
import dev.usher.whatsapp.WhatsAppMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MessageComposerTest {

    private static final UUID GUEST = UUID.fromString("8f1c2d3e-4a5b-4c6d-8e7f-901234567890");

    @Test
    void exactlyOneOfTextAndTemplate() {
        TemplateInput template = new TemplateInput("rsvp", "he", List.of(), List.of());
        assertThat(MessageComposer.problems(new MessageContent(null, null)))
                .extracting(FieldError::field).containsExactly("text");
        assertThat(MessageComposer.problems(new MessageContent("   ", null)))
                .extracting(FieldError::field).containsExactly("text");
        assertThat(MessageComposer.problems(new MessageContent("Hi", template)))
                .extracting(FieldError::field).containsExactly("template");
        assertThat(MessageComposer.problems(new MessageContent("Hi {firstName}", null))).isEmpty();
        assertThat(MessageComposer.problems(new MessageContent(null, template))).isEmpty();
    }

    @Test
    void unknownPlaceholdersAreNamedWhereTheyAre() {
        assertThat(MessageComposer.problems(new MessageContent("Hi {name}", null)))
                .containsExactly(new FieldError("text",
                        "has the unknown placeholder {name}; use {firstName}, {lastName}, {fullName}, {eventName}, {rsvpLink}"));
        assertThat(MessageComposer.problems(new MessageContent(null,
                new TemplateInput("rsvp", "he", List.of("{firstName}", "{seat}"), List.of()))))
                .extracting(FieldError::field).containsExactly("template.bodyParameters[1]");
    }

    @Test
    void aTemplateGetsTheGuestsValuesAndOnePayloadPerButton() {
        WhatsAppMessage message = MessageComposer.compose(new MessageContent(null,
                        new TemplateInput(" rsvp_invitation ", "he", List.of("{firstName}", "{eventName}"),
                                List.of(RsvpAnswer.yes, RsvpAnswer.no))),
                GUEST, Placeholders.of("Noa", "Levi", "Gala"));
        assertThat(message).isEqualTo(new WhatsAppMessage.Template("rsvp_invitation", "he", List.of("Noa", "Gala"),
                List.of("usher-rsvp:" + GUEST + ":yes", "usher-rsvp:" + GUEST + ":no")));
    }

    @Test
    void aTextTooLongOnceFilledInIsRefused() {
        WhatsAppMessage long4096 = MessageComposer.compose(new MessageContent("x".repeat(4090) + "{firstName}", null),
                GUEST, Placeholders.of("Noa", null, null));
        assertThat(MessageComposer.tooLong(long4096)).isEmpty();
        WhatsAppMessage tooLong = MessageComposer.compose(new MessageContent("x".repeat(4090) + "{firstName}", null),
                GUEST, Placeholders.of("Alexandra", null, null));
        assertThat(MessageComposer.tooLong(tooLong)).extracting(FieldError::field).containsExactly("text");
    }
}
