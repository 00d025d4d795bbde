package dev.usher.audit.control;

import dev.usher.audit.entity.AuditEntry;
import dev.usher.identity.entity.User;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The one way to write the trail, for other areas' boundaries: one call beside the change, in the
 * change's transaction ({@code MANDATORY}: there is no entry without a change to commit with it), so a
 * rollback leaves no entry and a commit always has one. The actor's name and e-mail are copied as they
 * are now: a later rename does not rewrite history.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /**
     * Records one change. {@code before} null is a creation, {@code after} null a removal, both an update,
     * which is not recorded when no field differs (nothing was changed). See {@link AuditChanges}.
     */
    public void record(UUID eventId, UUID actorId, String action, String subjectType, UUID subjectId,
                       Object before, Object after) {
        if (!AuditActions.ACTIONS.contains(action) || !AuditActions.SUBJECT_TYPES.contains(subjectType)) {
            throw new IllegalArgumentException("Unknown audit action " + action + " on " + subjectType);
        }
        String changes = AuditChanges.of(before, after).toString();
        if (before != null && after != null && changes.equals("{}")) {
            return;
        }
        User actor = actorId == null ? null : em.find(User.class, actorId);
        em.persist(new AuditEntry(eventId, actorId, actor == null ? null : actor.displayName(),
                actor == null ? null : actor.email(), action, subjectType, subjectId, changes));
    }
}
