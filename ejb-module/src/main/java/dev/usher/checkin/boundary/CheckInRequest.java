package dev.usher.checkin.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a scanning station posts for one scan. */
@Schema(name = "CheckInRequest")
public record CheckInRequest(
        @Schema(description = "The scanned code: the token, or the whole URL the QR code holds") @Size(max = 2000) String token,
        @Schema(description = "The station's name, e.g. Gate A") @NotBlank @Size(max = 100) String station,
        @Schema(description = "How many people to admit now; default every seat left") @Min(1) Integer seats,
        @Schema(description = "The station's id for this attempt; a retry with the same nonce gets the first answer "
                + "and admits no one more") @Size(max = 100) String nonce,
        @Schema(description = "Binds the station to an event: codes of other events are answered wrong-event")
        UUID eventId,
        @Schema(description = "What the station says about itself (kept with the scan, at most 2,000 characters)")
        JsonObject device,
        @Schema(description = "When true and seats is not given, a code with more than one seat left (or partly used)"
                + " is answered choose-seats and nothing is admitted; the station asks how many arrive now and posts"
                + " again with seats and the same nonce")
        Boolean askSeats,
        @Schema(description = "The check-in list the station admits to (one of the station's event's; needs eventId);"
                + " default: the event's default list") UUID listId,
        @Schema(description = "The gate the station stands at, e.g. North gate (kept with the scan)") @Size(max = 100)
        String gate,
        @Schema(description = "True at an exit: the scan lets the code's people out (lists with exits only)")
        Boolean exit) {
}
