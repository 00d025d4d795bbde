package dev.usher.events.control;

import java.util.UUID;

/**
 * A change in the events area for the audit trail (a CDI event, fired synchronously in the changing
 * transaction). The audit area depends on this one (its reads are guarded by event membership), so
 * events cannot call it; it observes this instead. {@code before} null: a creation, {@code after}
 * null: a removal; records or maps of the fields, never a secret.
 */
public record AuditedChange(UUID eventId, UUID actorId, String action, String subjectType, UUID subjectId,
                            Object before, Object after) {
}
