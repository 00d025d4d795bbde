package dev.usher.guests.boundary;

import dev.usher.guests.entity.Guest;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organizer's note for the door staff about one guest ("wheelchair: seat near the exit"). */
@Schema(name = "DoorNote")
public record DoorNote(
        @Schema(description = "Shown on the scanning station's answer; blank or null clears it")
        @Size(max = Guest.DOOR_NOTE_MAX) String doorNote) {
}
