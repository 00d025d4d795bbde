package dev.usher.reminders.control;

import dev.usher.messaging.boundary.MessageContent;
import dev.usher.reminders.entity.ReminderChannel;

import java.util.UUID;

/**
 * What the reminder-send job works from, read once per step: the reminder, who started it
 * (recorded as the ledger's creator), and its words (e-mail) or content (WhatsApp).
 */
public record ReminderRun(UUID reminderId, UUID eventId, ReminderChannel channel, boolean openedOnly,
                          String message, MessageContent content, UUID startedBy) {

    public ReminderAudience.Selection selection() {
        return new ReminderAudience.Selection(eventId, channel, openedOnly);
    }
}
