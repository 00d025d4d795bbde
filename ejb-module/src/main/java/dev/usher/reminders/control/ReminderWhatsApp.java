package dev.usher.reminders.control;

import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.messaging.control.BroadcastSendOutcome;
import dev.usher.messaging.control.BroadcastSenders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A chunk of a WhatsApp reminder: the existing WhatsApp sending path of broadcasts
 * ({@link BroadcastSenders}, placeholders per guest, paced), with the reminder's id as the run, so
 * the ledger's unique (run, guest, channel) record keeps each guest to one reminder. Guests who
 * answered since the job read them are left out and counted.
 */
@Dependent
public class ReminderWhatsApp {

    @Inject
    EventGuests guests;

    @Inject
    BroadcastSenders senders;

    /** The counts of the chunk by job counter (sent, failed, no-phone, in-doubt, already-sent, answered). */
    public Map<String, Integer> send(ReminderRun run, List<UUID> guestIds, Runnable pace) {
        Set<UUID> stillInvited = guests.among(run.eventId(), guestIds).stream()
                .filter(g -> g.data().status() == GuestStatus.invited)
                .map(Guest::id).collect(Collectors.toSet());
        List<UUID> toRemind = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (UUID id : guestIds) {
            if (stillInvited.contains(id)) {
                toRemind.add(id);
            } else {
                counts.merge(ReminderOutcome.Kind.answered.counter(), 1, Integer::sum);
            }
        }
        if (!toRemind.isEmpty()) {
            for (BroadcastSendOutcome outcome : senders.sendAll(run.eventId(), run.reminderId(), toRemind,
                    run.content(), run.startedBy(), pace)) {
                counts.merge(outcome.counter().equals("sent") ? ReminderOutcome.Kind.reminded.counter()
                        : outcome.counter(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
