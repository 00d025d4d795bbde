package dev.usher.guests.boundary;

import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestAnswer;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.guests.entity.HouseholdMember;
import dev.usher.questions.control.AnswerRules;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A guest as members see it. A household lists its members (plus-ones last) with their answers;
 * {@code answers} are the household's own (and, for a guest without members, the guest's).
 */
public record GuestView(UUID id, UUID eventId, String firstName, String lastName, String phone, String email,
                        String side, GuestStatus status, int partySize, String notes, UUID addedBy,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt,
                        @Schema(description = "Plus-ones the household may name") int plusOnesAllowed,
                        @Schema(description = "Members who said yes; null for a guest without members")
                        Integer attendingCount,
                        List<MemberView> members,
                        @Schema(description = "Answers by question id") Map<String, JsonValue> answers,
                        @Schema(description = "The organizer's note for the door staff (PUT .../door-note)")
                        String doorNote) {

    public static GuestView of(Guest guest) {
        GuestData d = guest.data();
        Map<String, JsonValue> own = new LinkedHashMap<>();
        Map<HouseholdMember, Map<String, JsonValue>> byMember = new LinkedHashMap<>();
        guest.members().forEach(m -> byMember.put(m, new LinkedHashMap<>()));
        for (GuestAnswer answer : guest.answers()) {
            Map<String, JsonValue> into = answer.member() == null ? own
                    : byMember.computeIfAbsent(answer.member(), m -> new LinkedHashMap<>());
            into.put(answer.questionId().toString(), AnswerRules.read(answer.value()));
        }
        List<MemberView> members = guest.members().stream()
                .map(m -> new MemberView(m.id(), m.name(), m.plusOne(), m.attending(), byMember.get(m)))
                .toList();
        Integer attending = members.isEmpty() ? null
                : (int) members.stream().filter(m -> m.attending() == Attendance.yes).count();
        return new GuestView(guest.id(), guest.event().id(), d.firstName(), d.lastName(), d.phone(), d.email(),
                d.side(), d.status(), d.partySize(), d.notes(),
                guest.addedBy() == null ? null : guest.addedBy().id(),
                guest.createdAt(), guest.updatedAt(), guest.plusOnesAllowed(), attending, members, own, guest.doorNote());
    }

    GuestInput toInput() {
        return new GuestInput(firstName, lastName, phone, email, side, status, partySize, notes);
    }
}
