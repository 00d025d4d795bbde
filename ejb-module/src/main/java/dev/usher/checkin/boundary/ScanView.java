package dev.usher.checkin.boundary;

import dev.usher.checkin.entity.InvitationScan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One scan of a code as organizers see it. */
public record ScanView(UUID id, OffsetDateTime scannedAt, String station, UUID stationEventId, UUID scannedBy,
                       @Schema(enumeration = {"admitted", "already-used", "not-enough-seats", "revoked", "wrong-event",
                               "unknown"}) String outcome,
                       int seatsAdmitted, Integer seatsLeft, OffsetDateTime revertedAt, UUID revertedBy) {

    public static ScanView of(InvitationScan s) {
        return new ScanView(s.id(), s.scannedAt(), s.station(), s.stationEventId(), s.scannedBy(), s.outcome().wire(),
                s.seatsAdmitted(), s.seatsLeft(), s.revertedAt(), s.revertedBy());
    }
}
