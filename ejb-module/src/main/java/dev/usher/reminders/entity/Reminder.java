package dev.usher.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder to an event's guests who have not answered. It moves once: scheduled, then started
 * (its job runs) or cancelled; a started or cancelled reminder does not move again.
 */
@Entity
@Table(name = "reminders")
public class Reminder {

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReminderChannel channel;

    @Column(name = "opened_only", nullable = false, updatable = false)
    private boolean openedOnly;

    @Column(updatable = false)
    private String message;

    /** The WhatsApp content as JSON (jsonb: the data source binds text as unspecified). */
    @Column(updatable = false)
    private String content;

    @Column(name = "due_at", nullable = false, updatable = false)
    private OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderState state;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    protected Reminder() {
    }

    public Reminder(UUID eventId, ReminderChannel channel, boolean openedOnly, String message, String content,
                    OffsetDateTime dueAt, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.channel = Objects.requireNonNull(channel, "channel");
        if (channel == ReminderChannel.whatsapp && content == null) {
            throw new IllegalArgumentException("A WhatsApp reminder needs its content");
        }
        this.openedOnly = openedOnly;
        this.message = message;
        this.content = content;
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.state = ReminderState.scheduled;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Its job was started; false when it was not scheduled any more (cancelled, or started already). */
    public boolean started(long instanceId) {
        if (state != ReminderState.scheduled) {
            return false;
        }
        state = ReminderState.started;
        jobInstanceId = instanceId;
        startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return true;
    }

    /** Cancelled before it started; false when it had started (or was cancelled) already. */
    public boolean cancel() {
        if (state != ReminderState.scheduled) {
            return false;
        }
        state = ReminderState.cancelled;
        cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public ReminderChannel channel() {
        return channel;
    }

    public boolean openedOnly() {
        return openedOnly;
    }

    public String message() {
        return message;
    }

    public String content() {
        return content;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public ReminderState state() {
        return state;
    }

    public Long jobInstanceId() {
        return jobInstanceId;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }
}
