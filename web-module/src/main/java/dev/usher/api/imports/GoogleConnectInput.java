package dev.usher.api.imports;

/** The console route to come back to once Google has asked the user, e.g. {@code #/events/{id}/import}. */
public record GoogleConnectInput(String returnTo) {
}
