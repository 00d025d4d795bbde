package dev.usher.reminders.control;

import dev.usher.messaging.boundary.MessageContent;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.reminders.entity.Reminder;
import dev.usher.reminders.entity.ReminderChannel;
import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** A reminder as its job reads it. */
@Dependent
public class ReminderRuns {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    public ReminderRun find(UUID reminderId) {
        Reminder r = em.find(Reminder.class, reminderId);
        if (r == null) {
            throw new NotFoundException("Reminder " + reminderId + " not found");
        }
        return new ReminderRun(r.id(), r.eventId(), r.channel(), r.openedOnly(), r.message(),
                r.channel() == ReminderChannel.whatsapp ? JSONB.fromJson(r.content(), MessageContent.class) : null,
                r.createdBy());
    }
}
