package dev.usher.guests.boundary;

import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.validation.EmailAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guest as an organizer types or imports it. Only the first name is required. */
@Schema(name = "GuestInput")
public record GuestInput(
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Schema(description = "Any common format; stored in E.164. Local numbers are read in the event's phone region.")
        @Size(max = 40) String phone,
        @EmailAddress String email,
        @Schema(description = "Free text, e.g. bride or groom") @Size(max = 60) String side,
        @Schema(defaultValue = "invited") GuestStatus status,
        @Schema(defaultValue = "1", description = "Headcount of the party this guest stands for")
        @Min(1) @Max(100) Integer partySize,
        @Size(max = 2000) String notes) {
}
