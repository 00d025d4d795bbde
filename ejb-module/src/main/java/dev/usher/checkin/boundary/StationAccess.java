package dev.usher.checkin.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.usher.checkin.entity.CheckInList;

import java.util.List;
import java.util.UUID;

/** A station may admit at this door: the event it guards (null: any event) and on what grounds. */
@Schema(name = "StationAccess")
public record StationAccess(
        UUID eventId, String eventName,
        @Schema(enumeration = {"scanner", "event-admin"}, description = "The scanner role, or the admin role in the event")
        String grantedBy,
        @Schema(description = "Minutes within which the staff member who admitted a guest may undo it at the station")
        int undoMinutes,
        @Schema(description = "The event's check-in lists the station may be set to (empty without an event)")
        List<CheckInList> lists,
        @Schema(description = "The list asked about at setup, else the event's default list") CheckInList list) {
}
