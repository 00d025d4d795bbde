package dev.usher.events.boundary;

import dev.usher.events.entity.EventRole;
import dev.usher.platform.validation.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who to add to an event and with which role. */
public record MemberInvite(@NotBlank @EmailAddress String email,
                           @NotNull EventRole role,
                           @Size(max = 200) String displayName) {
}
