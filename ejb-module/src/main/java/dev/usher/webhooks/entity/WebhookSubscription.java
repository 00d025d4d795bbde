package dev.usher.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One URL subscribed to some event types, with the secret its deliveries are signed with: an event's
 * admins' (for that event), or a super-admin's without an event (server-wide: every event's).
 */
@Entity
@Table(name = "webhook_subscriptions")
@NamedQuery(name = WebhookSubscription.FIND_BY_EVENT,
        query = "select s from WebhookSubscription s where s.eventId = :eventId order by s.createdAt, s.id")
@NamedQuery(name = WebhookSubscription.COUNT_BY_EVENT,
        query = "select count(s) from WebhookSubscription s where s.eventId = :eventId")
@NamedQuery(name = WebhookSubscription.FIND_SERVER_WIDE,
        query = "select s from WebhookSubscription s where s.eventId is null order by s.createdAt, s.id")
@NamedQuery(name = WebhookSubscription.COUNT_SERVER_WIDE,
        query = "select count(s) from WebhookSubscription s where s.eventId is null")
public class WebhookSubscription {

    public static final String FIND_BY_EVENT = "WebhookSubscription.findByEvent";
    public static final String COUNT_BY_EVENT = "WebhookSubscription.countByEvent";
    public static final String FIND_SERVER_WIDE = "WebhookSubscription.findServerWide";
    public static final String COUNT_SERVER_WIDE = "WebhookSubscription.countServerWide";

    @Id
    private UUID id;

    /** Null: server-wide. */
    @Column(name = "event_id", updatable = false)
    private UUID eventId;

    @Column(nullable = false, updatable = false)
    private String url;

    /** Comma-separated, as the database's triggers read it. */
    @Column(name = "event_types", nullable = false, updatable = false)
    private String eventTypes;

    @Column(nullable = false, updatable = false)
    private String secret;

    private boolean active;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected WebhookSubscription() {
        // for JPA
    }

    public WebhookSubscription(UUID eventId, String url, List<String> eventTypes, String secret, boolean active) {
        this(url, eventTypes, secret, active);
        this.eventId = Objects.requireNonNull(eventId, "eventId");
    }

    /** A super-admin's subscription to every event's occurrences of its types. */
    public static WebhookSubscription serverWide(String url, List<String> eventTypes, String secret, boolean active) {
        return new WebhookSubscription(url, eventTypes, secret, active);
    }

    private WebhookSubscription(String url, List<String> eventTypes, String secret, boolean active) {
        this.id = UUID.randomUUID();
        this.url = Objects.requireNonNull(url, "url");
        this.eventTypes = String.join(",", eventTypes);
        this.secret = Objects.requireNonNull(secret, "secret");
        this.active = active;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    /** The event, or null for a server-wide subscription. */
    public UUID eventId() {
        return eventId;
    }

    public boolean serverWide() {
        return eventId == null;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return Arrays.asList(eventTypes.split(","));
    }

    public String secret() {
        return secret;
    }

    public boolean active() {
        return active;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
