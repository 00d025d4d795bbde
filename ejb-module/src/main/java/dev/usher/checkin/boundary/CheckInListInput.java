package dev.usher.checkin.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A check-in list as an organizer sets it; empty limits admit every type or group. */
@Schema(name = "CheckInListInput")
public record CheckInListInput(
        @Schema(description = "e.g. Ceremony, Reception, VIP lounge (1-80 characters, unique in the event)") String name,
        @Schema(description = "Invitation types admitted (general, vip, press, sponsor, special); empty: all")
        List<String> invitationTypes,
        @Schema(description = "Guest groups (the guest's side) admitted; empty: all. An invitation without a guest is"
                + " not in a list limited to groups") List<String> guestSides,
        @Schema(description = "Stations may scan guests out") Boolean exits,
        @Schema(description = "A guest who went out may be admitted again (needs exits)") Boolean reentry,
        @Schema(description = "Scans before this are answered outside-hours") OffsetDateTime opensAt,
        @Schema(description = "Scans from this on are answered outside-hours") OffsetDateTime closesAt) {
}
