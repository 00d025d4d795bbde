package dev.usher.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One occurrence queued for one subscription, and what became of it. Read-only here: rows are written
 * by the database's triggers and changed by {@code WebhookQueue}'s statements, never through JPA.
 */
@Entity
@Table(name = "webhook_deliveries")
@NamedQuery(name = WebhookDelivery.FIND_BY_SUBSCRIPTION,
        query = "select d from WebhookDelivery d where d.subscriptionId = :subscriptionId order by d.seq desc")
public class WebhookDelivery {

    public static final String FIND_BY_SUBSCRIPTION = "WebhookDelivery.findBySubscription";

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false)
    private long seq;

    @Column(name = "subscription_id", insertable = false, updatable = false)
    private UUID subscriptionId;

    @Column(name = "event_id", insertable = false, updatable = false)
    private UUID eventId;

    @Column(name = "occurrence_id", insertable = false, updatable = false)
    private UUID occurrenceId;

    @Column(name = "event_type", insertable = false, updatable = false)
    private String eventType;

    @Column(insertable = false, updatable = false)
    private String payload;

    @Column(insertable = false, updatable = false)
    private String state;

    @Column(insertable = false, updatable = false)
    private int attempts;

    @Column(name = "next_attempt_at", insertable = false, updatable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_status", insertable = false, updatable = false)
    private Integer lastStatus;

    @Column(name = "last_error", insertable = false, updatable = false)
    private String lastError;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private OffsetDateTime finishedAt;

    @Column(name = "redelivery_of", insertable = false, updatable = false)
    private UUID redeliveryOf;

    protected WebhookDelivery() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID occurrenceId() {
        return occurrenceId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public String state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    public UUID redeliveryOf() {
        return redeliveryOf;
    }
}
