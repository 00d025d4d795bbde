package dev.usher.offline.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An admission a station made offline that the server could not honour, with the admissions it collided with. */
@Schema(name = "DoorConflict")
public record DoorConflict(
        UUID invitationId,
        String invitationNumber,
        String name,
        int seats,
        String outcome,
        @Schema(description = "The offline admission that came second") Admission offline,
        @Schema(description = "The admissions of the same invitation that the server had honoured")
        List<Admission> honoured) {

    /** One admission: where, on which device, when (the device's clock for offline ones), how many. */
    @Schema(name = "DoorConflictAdmission")
    public record Admission(String station, String device, OffsetDateTime at, int seats, boolean offline,
                            OffsetDateTime uploadedAt) {
    }
}
