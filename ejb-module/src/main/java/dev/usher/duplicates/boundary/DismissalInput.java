package dev.usher.duplicates.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Guests an organizer says are different people: every pair among them is not shown again. */
@Schema(name = "DismissalInput")
public record DismissalInput(@Schema(description = "2 to 20 guests of the event", required = true) List<UUID> guestIds) {
}
