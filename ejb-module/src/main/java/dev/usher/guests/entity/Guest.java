package dev.usher.guests.entity;

import dev.usher.events.entity.Event;
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
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A person (or party, by its size) invited to one event. */
@Entity
@Table(name = "guests")
@NamedQuery(name = Guest.FIND_BY_EVENT_AND_ID,
        query = "select g from Guest g where g.event.id = :eventId and g.id = :guestId")
@NamedQuery(name = Guest.CONTACTS_TAKEN,
        query = "select g.id, g.phone, g.email from Guest g"
                + " where g.event.id = :eventId and (g.phone in :phones or g.email in :emails)")
@NamedQuery(name = Guest.FIND_BY_EVENT,
        query = "select g from Guest g where g.event.id = :eventId order by g.lastName, g.firstName, g.id")
public class Guest {

    public static final String FIND_BY_EVENT = "Guest.findByEvent";
    public static final int DOOR_NOTE_MAX = 500;
    public static final String FIND_BY_EVENT_AND_ID = "Guest.findByEventAndId";
    public static final String CONTACTS_TAKEN = "Guest.contactsTaken";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "added_by_user_id")
    private User addedBy;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String phone;

    private String email;

    private String side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuestStatus status;

    @Column(name = "party_size", nullable = false)
    private int partySize;

    private String notes;

    /** The organizer's note for the door staff, shown on the station's answer; apart from the guest's data. */
    @Column(name = "door_note")
    private String doorNote;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Guest() {
        // for JPA
    }

    public Guest(Event event, User addedBy, GuestData data) {
        this(UUID.randomUUID(), event, addedBy, data);
    }

    /** A guest whose id was chosen before it was written (an import decides rows by id first). */
    public Guest(UUID id, Event event, User addedBy, GuestData data) {
        this.id = Objects.requireNonNull(id, "id");
        this.event = Objects.requireNonNull(event, "event");
        this.addedBy = addedBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(data);
    }

    /** Replaces every detail; {@code data} comes from the guest rules, so it is already valid. */
    public void apply(GuestData data) {
        Objects.requireNonNull(data, "data");
        if (data.firstName() == null || data.firstName().isBlank()) {
            throw new IllegalArgumentException("A guest needs a first name");
        }
        if (data.partySize() < 1) {
            throw new IllegalArgumentException("A party has at least one person");
        }
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.phone = data.phone();
        this.email = data.email();
        this.side = data.side();
        this.status = Objects.requireNonNull(data.status(), "status");
        this.partySize = data.partySize();
        this.notes = data.notes();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Sets (or, blank, clears) the note for the door; at most {@link #DOOR_NOTE_MAX} characters. */
    public void noteForTheDoor(String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > DOOR_NOTE_MAX) {
            throw new IllegalArgumentException("A door note has at most " + DOOR_NOTE_MAX + " characters");
        }
        this.doorNote = text;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String doorNote() {
        return doorNote;
    }

    public GuestData data() {
        return new GuestData(firstName, lastName, phone, email, side, status, partySize, notes);
    }

    public UUID id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public User addedBy() {
        return addedBy;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
