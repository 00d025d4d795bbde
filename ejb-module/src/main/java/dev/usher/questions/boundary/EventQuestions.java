package dev.usher.questions.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.questions.control.AskedQuestions;
import dev.usher.questions.control.QuestionRules;
import dev.usher.questions.entity.EventQuestion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * An event's questions to its guests. Viewers read them; editors add, change and delete them.
 * Deleting a question deletes its answers (the database cascades).
 */
@Stateless
@RolesAllowed(Roles.USER)
public class EventQuestions {

    /** More would make the RSVP page a form nobody finishes. */
    public static final int MAX_PER_EVENT = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionRules rules;

    @Inject
    AskedQuestions asked;

    @RequiresEventRole(EventRole.viewer)
    public List<QuestionView> list(@EventId UUID eventId) {
        return asked.of(eventId);
    }

    @RequiresEventRole(EventRole.viewer)
    public QuestionView get(@EventId UUID eventId, UUID questionId) {
        return QuestionView.of(existing(eventId, questionId));
    }

    @RequiresEventRole(EventRole.editor)
    public QuestionView add(@EventId UUID eventId, QuestionInput input) {
        List<QuestionView> current = asked.of(eventId);
        if (current.size() >= MAX_PER_EVENT) {
            throw new ConflictException("An event asks at most " + MAX_PER_EVENT + " questions");
        }
        int next = current.stream().mapToInt(QuestionView::position).max().orElse(-1) + 1;
        EventQuestion question = new EventQuestion(eventId, rules.accepted(input, Math.min(next, 1000)));
        em.persist(question);
        return QuestionView.of(question);
    }

    /** Replaces the question; its answers stay, and answers that no longer fit are refused on their next change. */
    @RequiresEventRole(EventRole.editor)
    public QuestionView replace(@EventId UUID eventId, UUID questionId, QuestionInput input) {
        EventQuestion question = existing(eventId, questionId);
        question.apply(rules.accepted(input, question.data().position()));
        em.flush();
        return QuestionView.of(question);
    }

    @RequiresEventRole(EventRole.editor)
    public void delete(@EventId UUID eventId, UUID questionId) {
        em.remove(existing(eventId, questionId));
        em.flush();
    }

    private EventQuestion existing(UUID eventId, UUID questionId) {
        EventQuestion question = em.find(EventQuestion.class, questionId);
        if (question == null || !question.eventId().equals(eventId)) {
            throw new NotFoundException("Question " + questionId + " not found in this event");
        }
        return question;
    }
}
