package dev.usher.audit.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which entries of an event's trail to read; every part optional. {@code action} is a whole action
 * ({@code guest.updated}), {@code subjectType} a kind of subject ({@code guest}); {@code from} is
 * inclusive and {@code to} exclusive.
 */
public record AuditFilter(UUID actorId, String action, String subjectType, UUID subjectId,
                          OffsetDateTime from, OffsetDateTime to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
