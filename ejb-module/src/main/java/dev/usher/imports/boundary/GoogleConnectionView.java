package dev.usher.imports.boundary;

import java.time.OffsetDateTime;

/** Whether the caller's Google account is connected, and since when. */
public record GoogleConnectionView(boolean connected, OffsetDateTime connectedAt) {
}
