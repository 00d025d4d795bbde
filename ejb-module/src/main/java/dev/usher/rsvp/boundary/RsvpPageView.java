package dev.usher.rsvp.boundary;

import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.control.AnswerRules;
import dev.usher.questions.entity.QuestionKind;
import dev.usher.questions.entity.QuestionScope;
import dev.usher.rsvp.entity.RsvpChoice;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the RSVP page shows its guest: the event, the organizer's message and settings, the event's
 * questions, and this one guest's own name, household, answers and contact details. Nothing of any other
 * guest and no ids but those the reply names (this household's members, the event's questions).
 */
@Schema(name = "RsvpPage")
public record RsvpPageView(
        String eventName, LocalDate date, LocalTime startTime, String timeZone, String venue,
        @Schema(description = "An OpenStreetMap search for the venue") String mapUrl,
        String message,
        OffsetDateTime deadline,
        @Schema(description = "Whether answers and contact changes are still taken") boolean open,
        @Schema(description = "Whom to contact once answers are closed") String contact,
        @Schema(description = "The answers the guest may give: yes and no, and maybe where the event takes it")
        List<RsvpChoice> choices,
        String language,
        @Schema(description = "ltr or rtl, the language's direction") String direction,
        String firstName, String lastName,
        @Schema(description = "The guest's answer so far, the household's as a whole; null if none") RsvpChoice answer,
        String phone, String email,
        @Schema(description = "How many the invitation is for") int partySize,
        @Schema(description = "Plus-ones the household may name (only a household with members)") int plusOnesAllowed,
        @Schema(description = "The household's members: those invited by name, then the plus-ones named; "
                + "empty for a guest who answers for the party as a whole") List<Member> members,
        @Schema(description = "The event's questions, in order") List<Question> questions,
        @Schema(description = "Answers to the household's questions (a guest without members: to every question), "
                + "by question id") Map<String, JsonValue> answers) {

    /** A member of the guest's household, with their answer and their answers by question id. */
    @Schema(name = "RsvpMember")
    public record Member(UUID id, String name,
                         @Schema(description = "A plus-one the household named") boolean plusOne,
                         @Schema(description = "Null if they have not answered") RsvpChoice attending,
                         Map<String, JsonValue> answers) {
    }

    /** A question of the event, as the guest answers it. */
    @Schema(name = "RsvpQuestion")
    public record Question(UUID id, QuestionKind kind,
                           @Schema(description = "member: asked of each member who comes; household: once") QuestionScope scope,
                           String label,
                           @Schema(description = "Required of those who come") boolean required,
                           @Schema(description = "choice: pick one; dietary: tags to pick from (none: free text)")
                           List<String> options,
                           @Schema(description = "The longest text answer taken (text and free-text dietary)")
                           Integer maxLength) {

        static Question of(QuestionView q) {
            boolean text = q.kind() == QuestionKind.text || q.kind() == QuestionKind.dietary && q.options().isEmpty();
            return new Question(q.id(), q.kind(), q.scope(), q.label(), q.required(), q.options(),
                    text ? AnswerRules.MAX_TEXT : null);
        }
    }
}
