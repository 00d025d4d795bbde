package dev.usher.guests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.UUID;

/**
 * The answer to one of the event's questions, by a household member or (member null) by the
 * household. The value is canonical JSON, checked by the question's answer rules before it is
 * written.
 */
@Entity
@Table(name = "guest_answers")
public class GuestAnswer {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guest_id", updatable = false)
    private Guest guest;

    /** A mapping, not a bare id, so that a new member is written before its answers (and deleted after). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", updatable = false)
    private HouseholdMember member;

    @Column(name = "question_id", nullable = false, updatable = false)
    private UUID questionId;

    @Column(nullable = false)
    private String value;

    protected GuestAnswer() {
        // for JPA
    }

    public GuestAnswer(Guest guest, HouseholdMember member, UUID questionId, String value) {
        this.id = UUID.randomUUID();
        this.guest = Objects.requireNonNull(guest, "guest");
        this.member = member;
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Changed in place, never deleted and inserted again (the key on member and question would refuse that). */
    public void change(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Null for an answer of the household. */
    public HouseholdMember member() {
        return member;
    }

    public UUID questionId() {
        return questionId;
    }

    public String value() {
        return value;
    }
}
