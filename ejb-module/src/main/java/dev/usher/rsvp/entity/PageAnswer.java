package dev.usher.rsvp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A guest's latest answer on the RSVP page: what tells "maybe" (status invited) from no answer. */
@Entity
@Table(name = "rsvp_answers")
public class PageAnswer {

    @Id
    @Column(name = "guest_id")
    private UUID guestId;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RsvpChoice answer;

    @Column(name = "answered_at", nullable = false)
    private OffsetDateTime answeredAt;

    protected PageAnswer() {
        // for JPA
    }

    public PageAnswer(UUID guestId, UUID eventId, RsvpChoice answer, OffsetDateTime answeredAt) {
        this.guestId = Objects.requireNonNull(guestId, "guestId");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        answered(answer, answeredAt);
    }

    public void answered(RsvpChoice answer, OffsetDateTime at) {
        this.answer = Objects.requireNonNull(answer, "answer");
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    public RsvpChoice answer() {
        return answer;
    }
}
