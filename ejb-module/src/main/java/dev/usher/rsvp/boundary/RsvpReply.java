package dev.usher.rsvp.boundary;

import dev.usher.guests.boundary.HouseholdSubmission;
import dev.usher.guests.entity.Attendance;
import dev.usher.rsvp.entity.RsvpChoice;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a guest sends from the RSVP page. The contact details are a merge patch of what they have (absent
 * stays, null clears; read by the guests area's rules: libphonenumber in the event's region, e-mail
 * lower-cased). The answer, when any of its members is sent, is the household's whole reply, as the
 * organizer's {@link HouseholdSubmission}: a household answers for every member invited by name
 * ({@code members}, ids from the page) and names its plus-ones (who come); a guest without members answers
 * {@code attending} for its party. Answers to the event's questions are keyed by question id. Field errors
 * name these paths: {@code members[1].answers.<questionId>}, {@code plusOnes[0].name}...
 */
@Schema(name = "RsvpReply")
public record RsvpReply(
        @Schema(description = "A guest without members only: the party's answer") RsvpChoice attending,
        @Schema(description = "A household: every member invited by name, once") List<Member> members,
        @Schema(description = "A household: the plus-ones it brings, named, at most plusOnesAllowed; "
                + "those named before and left out are removed") List<PlusOne> plusOnes,
        @Schema(description = "Answers to the household's questions (a guest without members: to every question), "
                + "by question id") Map<String, JsonValue> answers,
        @Schema(description = "Any common format; stored in E.164") String phone,
        String email) {

    /** A member invited by name: their answer and their answers to the questions asked per member. */
    @Schema(name = "RsvpMemberReply")
    public record Member(@Schema(description = "The member's id, as the page lists it") UUID id,
                         RsvpChoice attending,
                         @Schema(description = "By question id") Map<String, JsonValue> answers) {
    }

    /** A plus-one the guest names: they come. */
    @Schema(name = "RsvpPlusOneReply")
    public record PlusOne(@Schema(maxLength = 100) String name,
                          @Schema(description = "By question id") Map<String, JsonValue> answers) {
    }

    /** Whether the body carries an answer (rather than contact details only). */
    static boolean carriesAnswer(JsonObject body) {
        return body.containsKey("attending") || body.containsKey("members") || body.containsKey("plusOnes")
                || body.containsKey("answers");
    }

    /** The household's reply for the one write path; a named plus-one comes. */
    HouseholdSubmission submission() {
        return new HouseholdSubmission(attending == null ? null : attending.attendance(),
                members == null ? null : members.stream().map(m -> m == null ? null
                        : new HouseholdSubmission.MemberReply(m.id(), m.attending() == null ? null
                        : m.attending().attendance(), m.answers())).toList(),
                plusOnes == null ? null : plusOnes.stream().map(p -> p == null ? null
                        : new HouseholdSubmission.PlusOneReply(p.name(), Attendance.yes,
                        p.answers())).toList(),
                answers);
    }
}
