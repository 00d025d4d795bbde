package dev.usher.guests.control;

import dev.usher.events.boundary.EventCardStats;
import dev.usher.events.control.EventCardCounts;
import dev.usher.guests.boundary.GuestBreakdown;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.control.AskedQuestions;
import dev.usher.questions.entity.QuestionKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Guest counts, computed by the database with GROUP BY rather than by loading guests: the
 * cards of many events in one query, and one event's breakdown by side and status. Checks no
 * membership; its callers have.
 */
@Dependent
public class GuestTallies implements EventCardCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AskedQuestions asked;

    @Override
    public Map<UUID, EventCardStats> of(Collection<UUID> eventIds) {
        Map<UUID, EventCardStats> stats = new HashMap<>();
        if (eventIds.isEmpty()) {
            return stats;
        }
        List<Object[]> rows = em.createQuery("""
                        select g.event.id, count(g),
                               sum(case when g.status = :confirmed then 1 else 0 end),
                               sum(case when g.status = :declined then 1 else 0 end),
                               sum(g.partySize)
                        from Guest g where g.event.id in :ids group by g.event.id""", Object[].class)
                .setParameter("confirmed", GuestStatus.confirmed)
                .setParameter("declined", GuestStatus.declined)
                .setParameter("ids", eventIds)
                .getResultList();
        for (Object[] row : rows) {
            long total = number(row[1]);
            long confirmed = number(row[2]);
            stats.put((UUID) row[0], new EventCardStats(total, confirmed, number(row[3]), number(row[4]),
                    rate(confirmed, total)));
        }
        return stats;
    }

    /** Per side and status in one grouped query; the totals are sums of the side rows. */
    public GuestBreakdown breakdown(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT g.side,
                               count(*),
                               count(*) FILTER (WHERE g.status = 'confirmed'),
                               count(*) FILTER (WHERE g.status = 'declined'),
                               coalesce(sum(g.party_size), 0),
                               coalesce(sum(CASE WHEN h.members > 0 THEN h.attending
                                                 WHEN g.status = 'confirmed' THEN g.party_size ELSE 0 END), 0)
                        FROM guests g
                        LEFT JOIN (SELECT m.guest_id, count(*) AS members,
                                          count(*) FILTER (WHERE m.attending = 'yes') AS attending
                                   FROM household_members m JOIN guests o ON o.id = m.guest_id
                                   WHERE o.event_id = ?1 GROUP BY m.guest_id) h ON h.guest_id = g.id
                        WHERE g.event_id = ?1
                        GROUP BY g.side ORDER BY g.side NULLS LAST""")
                .setParameter(1, eventId)
                .getResultList();
        List<GuestBreakdown.Side> sides = new ArrayList<>();
        long total = 0, confirmed = 0, declined = 0, headcount = 0, confirmedHeadcount = 0;
        for (Object[] row : rows) {
            var side = new GuestBreakdown.Side((String) row[0], number(row[1]), number(row[2]), number(row[3]),
                    number(row[4]), number(row[5]));
            sides.add(side);
            total += side.total();
            confirmed += side.confirmed();
            declined += side.declined();
            headcount += side.headcount();
            confirmedHeadcount += side.confirmedHeadcount();
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put(GuestStatus.invited.name(), total - confirmed - declined);
        byStatus.put(GuestStatus.confirmed.name(), confirmed);
        byStatus.put(GuestStatus.declined.name(), declined);
        return new GuestBreakdown(total, headcount, confirmedHeadcount, byStatus, sides,
                rate(confirmed, total), rate(confirmed + declined, total), byQuestion(eventId));
    }

    /**
     * Answers of those coming, per question and per value: a member's answers count when the
     * member said yes, the household's own when its guest is confirmed. Tags are counted one by
     * one; yes/no answers as "yes" and "no".
     */
    private List<GuestBreakdown.QuestionCounts> byQuestion(UUID eventId) {
        List<QuestionView> questions = asked.of(eventId);
        if (questions.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT CAST(a.question_id AS text), v.value, count(DISTINCT a.id)
                        FROM guest_answers a
                        JOIN guests g ON g.id = a.guest_id
                        LEFT JOIN household_members m ON m.id = a.member_id
                        CROSS JOIN LATERAL jsonb_array_elements_text(
                            CASE jsonb_typeof(CAST(a.value AS jsonb)) WHEN 'array' THEN CAST(a.value AS jsonb)
                                 ELSE jsonb_build_array(CAST(a.value AS jsonb)) END) AS v(value)
                        WHERE g.event_id = ?1
                          AND (m.attending = 'yes' OR a.member_id IS NULL AND g.status = 'confirmed')
                        GROUP BY ROLLUP (a.question_id, v.value)""")
                .setParameter(1, eventId)
                .getResultList();
        Map<String, Long> answered = new HashMap<>();
        Map<String, Map<String, Long>> byValue = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] == null) {
                continue; // the grand total
            }
            if (row[1] == null) {
                answered.put((String) row[0], number(row[2]));
            } else {
                byValue.computeIfAbsent((String) row[0], q -> new HashMap<>()).put((String) row[1], number(row[2]));
            }
        }
        List<GuestBreakdown.QuestionCounts> counts = new ArrayList<>();
        for (QuestionView q : questions) {
            String id = q.id().toString();
            Map<String, Long> values = byValue.getOrDefault(id, Map.of());
            Map<String, Long> byOption = new LinkedHashMap<>();
            if (q.kind() == QuestionKind.yesno) {
                byOption.put("yes", values.getOrDefault("true", 0L));
                byOption.put("no", values.getOrDefault("false", 0L));
            } else if (q.kind() != QuestionKind.text) {
                q.options().forEach(option -> byOption.put(option, values.getOrDefault(option, 0L)));
            }
            counts.add(new GuestBreakdown.QuestionCounts(q.id(), q.label(), q.kind(), answered.getOrDefault(id, 0L),
                    byOption));
        }
        return counts;
    }

    /** A fraction rounded to four places; 0 of nothing is 0. */
    static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
