package dev.usher.messaging.control;

import dev.usher.messaging.boundary.MessageContent;

import java.util.UUID;

/** The e-mail fallback of one broadcast: its event, its id (shared by both channels), its text, who started it. */
public record FallbackRun(UUID eventId, UUID broadcastId, MessageContent content, UUID startedBy) {
}
