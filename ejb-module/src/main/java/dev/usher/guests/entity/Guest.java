package dev.usher.guests.entity;

import dev.usher.events.entity.Event;
import dev.usher.identity.entity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person, or a party by its size, or a household with named members, invited to one event.
 * A household's party size follows its members: the members invited by name plus the plus-ones
 * allowed (named yet or not); see {@link #resizeToHousehold()}.
 */
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

    @Column(name = "plus_ones_allowed")
    private int plusOnesAllowed;

    /** Lists read these for a page of guests at once (the eclipselink.batch hint), not one query per guest. */
    @OneToMany(mappedBy = "guest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<HouseholdMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "guest", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<GuestAnswer> answers = new ArrayList<>();

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

    /** The household's members in order (plus-ones after those invited by name); empty for a plain guest. */
    public List<HouseholdMember> members() {
        return Collections.unmodifiableList(members);
    }

    public int plusOnesAllowed() {
        return plusOnesAllowed;
    }

    /** Every answer of the household and of its members. */
    public List<GuestAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }

    public void allowPlusOnes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Plus-ones allowed cannot be negative");
        }
        this.plusOnesAllowed = count;
    }

    public void addMember(HouseholdMember member) {
        members.add(member);
    }

    /** The member leaves the household with its answers. */
    public void removeMember(HouseholdMember member) {
        answers.removeIf(answer -> answer.member() == member);
        members.remove(member);
    }

    public void addAnswer(GuestAnswer answer) {
        answers.add(answer);
    }

    public void removeAnswer(GuestAnswer answer) {
        answers.remove(answer);
    }

    /** A household's party size: its members invited by name plus the plus-ones allowed. A plain guest keeps its own. */
    public void resizeToHousehold() {
        if (!members.isEmpty()) {
            partySize = (int) members.stream().filter(m -> !m.plusOne()).count() + plusOnesAllowed;
            members.sort(Comparator.comparingInt(HouseholdMember::position));
            updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
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
