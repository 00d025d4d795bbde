package dev.usher.invitations.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One scan of a code as organizers see it; check-in records scans (see {@code ScanRecords}). */
public record ScanView(UUID id, OffsetDateTime scannedAt, String station, UUID stationEventId, UUID scannedBy,
                       @Schema(enumeration = {"admitted", "already-used", "not-enough-seats", "revoked", "wrong-event",
                               "unknown"}) String outcome,
                       int seatsAdmitted, Integer seatsLeft, OffsetDateTime revertedAt, UUID revertedBy,
                       @Schema(enumeration = {"scan", "manual"}, description = "A code scanned or typed, or a guest"
                               + " found by name and admitted by hand") String source) {
}
