package dev.usher.guests.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Who a household is, as an organizer arranges it: the members invited by name (a member with
 * an id keeps their answers; one without is new; one left out leaves with their answers) and
 * how many plus-ones it may name. Plus-ones need at least one named member.
 */
@Schema(name = "HouseholdInput")
public record HouseholdInput(
        @Schema(defaultValue = "0") @Min(0) @Max(20) Integer plusOnesAllowed,
        @Schema(description = "Invited by name, in order; empty makes the guest a plain party again")
        @Size(max = 50) List<@NotNull @Valid Named> members) {

    /** A member invited by name. */
    @Schema(name = "HouseholdMemberInput")
    public record Named(@Schema(description = "An existing member's id; none for a new member") UUID id,
                        @NotBlank @Size(max = 100) String name) {
    }
}
