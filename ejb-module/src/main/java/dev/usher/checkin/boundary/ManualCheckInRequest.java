package dev.usher.checkin.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Admitting a guest found by name or phone (no code at hand), at the door of one event. */
@Schema(name = "ManualCheckInRequest")
public record ManualCheckInRequest(
        @Schema(description = "The invitation the search found") @NotNull UUID invitationId,
        @Schema(description = "The event the station guards; the invitation must be one of its") @NotNull UUID eventId,
        @Schema(description = "The station's name, e.g. Gate A") @NotBlank @Size(max = 100) String station,
        @Schema(description = "How many people to admit now; default every seat left") @Min(1) Integer seats,
        @Schema(description = "The station's id for this attempt; a retry with the same nonce gets the first answer "
                + "and admits no one more") @Size(max = 100) String nonce,
        @Schema(description = "What the station says about itself (kept with the scan, at most 2,000 characters)")
        JsonObject device,
        @Schema(description = "The check-in list the station admits to; default: the event's default list") UUID listId,
        @Schema(description = "The gate the station stands at (kept with the scan)") @Size(max = 100) String gate) {
}
