package dev.usher.checkin.boundary;

import dev.usher.guests.entity.Attendance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person of the guest's household, as the door's answer shows them. */
@Schema(name = "DoorMember")
public record DoorMember(String name, boolean plusOne, Attendance attending) {
}
