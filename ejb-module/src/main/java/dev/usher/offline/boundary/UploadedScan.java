package dev.usher.offline.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the server made of one uploaded admission. */
@Schema(name = "UploadedScan")
public record UploadedScan(
        String nonce,
        @Schema(description = "The server's outcome: admitted, already-used, not-enough-seats, revoked or unknown")
        String outcome,
        @Schema(description = "True when the server could not honour an admission the station already made: the "
                + "seats were used elsewhere meanwhile (or the code was revoked); organizers see it") boolean conflict,
        @Schema(description = "True when this nonce had been uploaded before: nothing was stored again") boolean replay) {
}
