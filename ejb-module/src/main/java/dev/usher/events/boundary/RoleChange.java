package dev.usher.events.boundary;

import dev.usher.events.entity.EventRole;
import jakarta.validation.constraints.NotNull;

/** The new role of a member. */
public record RoleChange(@NotNull EventRole role) {
}
