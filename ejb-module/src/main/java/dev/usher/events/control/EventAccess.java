package dev.usher.events.control;

import dev.usher.events.entity.EventMember;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.UUID;

/**
 * What the {@link EventGuard} found for the current transaction: the caller's membership
 * of the event being worked on, so the guarded method need not look it up again.
 */
@Dependent
public class EventAccess {

    private static final String KEY = EventAccess.class.getName() + ".member";

    @Resource
    TransactionSynchronizationRegistry transaction;

    void admit(EventMember member) {
        transaction.putResource(KEY, member);
    }

    /** The caller's membership of {@code eventId}; only valid inside a guarded call. */
    public EventMember member(UUID eventId) {
        Object member = transaction.getResource(KEY);
        if (member instanceof EventMember m && m.event().id().equals(eventId)) {
            return m;
        }
        throw new IllegalStateException("No guarded access to event " + eventId + " in this transaction");
    }
}
