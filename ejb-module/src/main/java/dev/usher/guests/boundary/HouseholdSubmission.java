package dev.usher.guests.boundary;

import dev.usher.guests.entity.Attendance;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A household's whole reply at once: each member's attendance and answers, the plus-ones it
 * names (replacing those named before), and the household's own answers. Answers are keyed
 * by question id. Checked as a whole before anything is written.
 */
@Schema(name = "HouseholdReply")
public record HouseholdSubmission(
        @Schema(description = "For a guest without members only: the guest's own answer") Attendance attending,
        @Schema(description = "Every member invited by name, once") List<MemberReply> members,
        @Schema(description = "The plus-ones the household brings, at most plusOnesAllowed") List<PlusOneReply> plusOnes,
        @Schema(description = "Household questions (and, for a guest without members, every question)")
        Map<String, JsonValue> answers) {

    @Schema(name = "HouseholdMemberReply")
    public record MemberReply(UUID id, Attendance attending, Map<String, JsonValue> answers) {
    }

    @Schema(name = "PlusOneReply")
    public record PlusOneReply(String name, Attendance attending, Map<String, JsonValue> answers) {
    }
}
