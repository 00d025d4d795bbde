package dev.usher.notifications.boundary;

import dev.usher.notifications.entity.DigestMode;
import jakarta.validation.constraints.NotNull;

/** A member's digest choice for one event ({@code off}, {@code immediate}, {@code daily}). */
public record DigestChoice(@NotNull DigestMode mode) {
}
