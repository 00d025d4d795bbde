package dev.usher.events.entity;

import dev.usher.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A wedding, party, conference or gala: the scope of every guest list, member and job. */
@Entity
@Table(name = "events")
public class Event {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "time_zone")
    private String timeZone;

    private String location;

    @Column(name = "phone_region")
    private String phoneRegion;

    @Column(nullable = false)
    private String language = RsvpSettings.DEFAULT_LANGUAGE;

    @Column(name = "rsvp_deadline")
    private OffsetDateTime rsvpDeadline;

    @Column(name = "rsvp_allows_maybe", nullable = false)
    private boolean rsvpAllowsMaybe;

    @Column(name = "rsvp_message")
    private String rsvpMessage;

    @Column(name = "rsvp_contact")
    private String rsvpContact;

    /** Days after its first send an invitation of this event expires, unless it has its own instant; null: never. */
    @Column(name = "invitation_expiry_days")
    private Integer invitationExpiryDays;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private User createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Event() {
        // for JPA
    }

    public Event(EventDetails details, User createdBy) {
        this.id = UUID.randomUUID();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(details);
    }

    /** Replaces every detail at once; the boundary has validated them. */
    public void apply(EventDetails details) {
        Objects.requireNonNull(details, "details");
        if (details.name() == null || details.name().isBlank()) {
            throw new IllegalArgumentException("An event needs a name");
        }
        this.name = details.name().strip();
        this.date = details.date();
        this.startTime = details.startTime();
        this.timeZone = details.timeZone();
        this.location = details.location();
        this.phoneRegion = details.phoneRegion();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Replaces the RSVP settings at once; the boundary has validated them. */
    public void apply(RsvpSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.language = Objects.requireNonNull(settings.language(), "language");
        this.rsvpDeadline = settings.deadline();
        this.rsvpAllowsMaybe = settings.allowsMaybe();
        this.rsvpMessage = settings.message();
        this.rsvpContact = settings.contact();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Sets the default expiry of the event's invitations (null: none); the boundary has validated it. */
    public void expireInvitationsAfter(Integer days) {
        if (!java.util.Objects.equals(invitationExpiryDays, days)) {
            this.invitationExpiryDays = days;
            this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    public Integer invitationExpiryDays() {
        return invitationExpiryDays;
    }

    public RsvpSettings rsvpSettings() {
        return new RsvpSettings(language, rsvpDeadline, rsvpAllowsMaybe, rsvpMessage, rsvpContact);
    }

    public EventDetails details() {
        return new EventDetails(name, date, startTime, timeZone, location, phoneRegion);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate date() {
        return date;
    }

    public String location() {
        return location;
    }

    public String phoneRegion() {
        return phoneRegion;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
