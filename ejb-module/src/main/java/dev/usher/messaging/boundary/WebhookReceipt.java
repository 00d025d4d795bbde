package dev.usher.messaging.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What Usher did with one webhook delivery: status reports that moved a message forward, that
 * changed nothing (repeats, late reports), that named a message Usher does not know or a status
 * it does not track; guest messages read, and RSVP answers that changed a guest's status.
 */
@Schema(name = "WebhookReceipt")
public record WebhookReceipt(int statusesApplied, int statusesUnchanged, int statusesUnknown, int statusesIgnored,
                             int messagesReceived, int answersApplied) {
}
