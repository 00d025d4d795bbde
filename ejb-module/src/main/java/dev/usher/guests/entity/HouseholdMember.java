package dev.usher.guests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.UUID;

/** One person of a household: invited by name, or a plus-one the guest (or an organizer) named. */
@Entity
@Table(name = "household_members")
public class HouseholdMember {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guest_id", updatable = false)
    private Guest guest;

    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "plus_one")
    private boolean plusOne;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attendance attending;

    protected HouseholdMember() {
        // for JPA
    }

    public HouseholdMember(Guest guest, int position, String name, boolean plusOne) {
        this.id = UUID.randomUUID();
        this.guest = Objects.requireNonNull(guest, "guest");
        this.plusOne = plusOne;
        this.attending = Attendance.unknown;
        place(position, name);
    }

    public void place(int position, String name) {
        this.position = position;
        this.name = Objects.requireNonNull(name, "name");
    }

    public void answer(Attendance attending) {
        this.attending = Objects.requireNonNull(attending, "attending");
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public boolean plusOne() {
        return plusOne;
    }

    public Attendance attending() {
        return attending;
    }
}
