package dev.usher.offline.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One admission a station made offline. */
@Schema(name = "OfflineScan")
public record OfflineScanInput(
        @Schema(description = "The station's id for this admission; uploading it again stores nothing twice")
        @NotBlank @Size(max = 100) String nonce,
        @NotNull UUID invitationId,
        @Schema(description = "Seats the station admitted") @NotNull @Min(1) @Max(65535) Integer seats,
        @Schema(description = "The device's clock when it admitted them") @NotNull OffsetDateTime at) {
}
