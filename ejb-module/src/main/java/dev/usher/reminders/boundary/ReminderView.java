package dev.usher.reminders.boundary;

import dev.usher.reminders.entity.Reminder;
import dev.usher.reminders.entity.ReminderChannel;
import dev.usher.reminders.entity.ReminderState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reminder and where it stands; {@code jobInstanceId} names its job once started. */
@Schema(name = "Reminder")
public record ReminderView(UUID id, UUID eventId, ReminderChannel channel, boolean openedOnly, String text,
                           @Schema(description = "WhatsApp: the content as JSON") String content,
                           OffsetDateTime sendAt, ReminderState state, Long jobInstanceId, OffsetDateTime createdAt,
                           OffsetDateTime startedAt, OffsetDateTime cancelledAt) {

    public static ReminderView of(Reminder r) {
        return new ReminderView(r.id(), r.eventId(), r.channel(), r.openedOnly(), r.message(), r.content(), r.dueAt(),
                r.state(), r.jobInstanceId(), r.createdAt(), r.startedAt(), r.cancelledAt());
    }
}
