package dev.usher.events.entity;

import dev.usher.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** One user's role in one event. */
@Entity
@Table(name = "event_members")
@NamedQuery(name = EventMember.FIND_BY_EVENT_AND_USER,
        query = "select m from EventMember m where m.event.id = :eventId and m.user.id = :userId")
@NamedQuery(name = EventMember.FIND_BY_EVENT,
        query = "select m from EventMember m join fetch m.user where m.event.id = :eventId order by m.createdAt, m.id")
@NamedQuery(name = EventMember.COUNT_BY_EVENT_AND_ROLE,
        query = "select count(m) from EventMember m where m.event.id = :eventId and m.role = :role")
public class EventMember {

    public static final String FIND_BY_EVENT_AND_USER = "EventMember.findByEventAndUser";
    public static final String FIND_BY_EVENT = "EventMember.findByEvent";
    public static final String COUNT_BY_EVENT_AND_ROLE = "EventMember.countByEventAndRole";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventRole role;

    @Column(name = "display_name")
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private User invitedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected EventMember() {
        // for JPA
    }

    public EventMember(Event event, User user, EventRole role, String displayName, User invitedBy) {
        this.id = UUID.randomUUID();
        this.event = Objects.requireNonNull(event, "event");
        this.user = Objects.requireNonNull(user, "user");
        this.role = Objects.requireNonNull(role, "role");
        this.displayName = displayName;
        this.invitedBy = invitedBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void changeRole(EventRole newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public UUID id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public User user() {
        return user;
    }

    public EventRole role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
