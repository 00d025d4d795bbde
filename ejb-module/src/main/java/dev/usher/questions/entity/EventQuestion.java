package dev.usher.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** One question of an event. Options are kept as a JSON array of texts (see {@code QuestionRules}). */
@Entity
@Table(name = "event_questions")
@NamedQuery(name = EventQuestion.FIND_BY_EVENT,
        query = "select q from EventQuestion q where q.eventId = :eventId order by q.position, q.createdAt, q.id")
public class EventQuestion {

    public static final String FIND_BY_EVENT = "EventQuestion.findByEvent";

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionScope scope;

    @Column(nullable = false)
    private String label;

    private boolean required;

    @Column(nullable = false)
    private String options;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected EventQuestion() {
        // for JPA
    }

    public EventQuestion(UUID eventId, QuestionData data) {
        this.id = UUID.randomUUID();
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(data);
    }

    /** Replaces every detail; {@code data} comes from the question rules, so it is already valid. */
    public void apply(QuestionData data) {
        this.position = data.position();
        this.kind = Objects.requireNonNull(data.kind(), "kind");
        this.scope = Objects.requireNonNull(data.scope(), "scope");
        this.label = Objects.requireNonNull(data.label(), "label");
        this.required = data.required();
        this.options = Objects.requireNonNull(data.optionsJson(), "options");
    }

    public QuestionData data() {
        return new QuestionData(position, kind, scope, label, required, options);
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }
}
