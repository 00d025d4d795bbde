package dev.usher.offline.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an offline station uploads when it is back online: the admissions it made meanwhile. */
@Schema(name = "OfflineUpload")
public record OfflineUpload(
        @Schema(description = "The station's name, e.g. Gate A") @NotBlank @Size(max = 100) String station,
        @Schema(description = "This device's own id (random, kept on the device): tells two devices apart")
        @NotBlank @Size(max = 100) String device,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull OfflineScanInput> scans) {
}
