package dev.usher.audit.control;

import dev.usher.events.control.AuditedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The events area's changes (members, settings) into the trail. A synchronous observer runs in the
 * firing transaction, so these entries commit and roll back with their change like any other.
 */
@ApplicationScoped
public class EventAreaChanges {

    @Inject
    AuditLog log;

    void on(@Observes AuditedChange change) {
        log.record(change.eventId(), change.actorId(), change.action(), change.subjectType(), change.subjectId(),
                change.before(), change.after());
    }
}
