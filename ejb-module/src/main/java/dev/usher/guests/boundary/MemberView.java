package dev.usher.guests.boundary;

import dev.usher.guests.entity.Attendance;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/** A household member: their own answer and their answers to the event's questions (by question id). */
@Schema(name = "HouseholdMember")
public record MemberView(UUID id, String name, boolean plusOne, Attendance attending, Map<String, JsonValue> answers) {
}
