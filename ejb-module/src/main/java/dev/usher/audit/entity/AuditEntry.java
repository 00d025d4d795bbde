package dev.usher.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change to an event: who made it (as they were named then), what was done to which subject, and
 * the changed fields as a small JSON object. Written once, never changed: there is no setter.
 */
@Entity
@Table(name = "audit_entries")
@NamedQuery(name = AuditEntry.FIND_BY_EVENT,
        query = "select a from AuditEntry a where a.eventId = :eventId order by a.recordedAt desc, a.seq desc")
public class AuditEntry {

    public static final String FIND_BY_EVENT = "AuditEntry.findByEvent";

    @Id
    private UUID id;

    /** The database numbers entries in insertion order (V25's identity column). */
    @Column(insertable = false, updatable = false)
    private long seq;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    /** The database's clock at the insert (V25's default), so every server stamps alike. */
    @Column(name = "recorded_at", insertable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;

    /** JSON text; the column is jsonb (the data source sends strings untyped, so PostgreSQL casts it). */
    @Column(nullable = false, updatable = false)
    private String changes;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(UUID eventId, UUID actorId, String actorName, String actorEmail, String action,
                      String subjectType, UUID subjectId, String changes) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorEmail = actorEmail;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.changes = changes;
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public UUID eventId() {
        return eventId;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String actorEmail() {
        return actorEmail;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String changes() {
        return changes;
    }
}
