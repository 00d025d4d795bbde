package dev.usher.duplicates.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which guest stays, which go into it, and for each field whose value to keep. */
@Schema(name = "MergeInput")
public record MergeInput(
        @Schema(description = "The guest that stays", required = true) UUID keep,
        @Schema(description = "The guests merged into it (1 to 20); they are removed", required = true) List<UUID> merge,
        @Schema(description = "Field name (firstName, lastName, phone, email, side, status, partySize, notes, doorNote) "
                + "to the id of the guest whose value to keep; a field not named keeps the kept guest's value")
        Map<String, UUID> fields) {
}
