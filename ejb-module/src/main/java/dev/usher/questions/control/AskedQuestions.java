package dev.usher.questions.control;

import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.entity.EventQuestion;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * An event's questions in order, as other areas (the guests' answers, export and statistics)
 * read them: the questions area owns the table. Checks no membership; the asking boundary has.
 */
@Dependent
public class AskedQuestions {

    @PersistenceContext
    EntityManager em;

    public List<QuestionView> of(UUID eventId) {
        return em.createNamedQuery(EventQuestion.FIND_BY_EVENT, EventQuestion.class)
                .setParameter("eventId", eventId)
                .getResultList().stream().map(QuestionView::of).toList();
    }
}
