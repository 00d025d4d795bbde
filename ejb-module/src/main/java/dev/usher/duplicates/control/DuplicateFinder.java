package dev.usher.duplicates.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Finds an event's likely duplicate guests in one statement. Pairs come from three places: the
 * same phone (stored in E.164, so equal means the same number), the same e-mail (stored lower
 * case), and similar full names ({@code pg_trgm} similarity of {@code guest_name_key}). Names are
 * compared only within blocks, never across the whole event: the same side and family name (a
 * household's people), or the same side, first name and family initial (a misspelt family name,
 * "Levi" and "Levy"); comparing every guest with every other would be n² on 100,000 guests. Pairs
 * an organizer dismissed are left out; the pairs of one phone or e-mail make one group, a similar
 * name pair is a group of its own (unless the two already share a phone or e-mail, shown there).
 */
@Dependent
public class DuplicateFinder {

    /** Below this a name pair is not shown: "Avigail Rosenthal" and "Avigail Rozenthal" score 0.71, "David Levi" and "David Levin" 0.77, "Dana Cohen" and "Tamar Cohen" 0.35. */
    public static final double NAME_THRESHOLD = 0.6;

    /** The statement, also run by bench/duplicates.sh (it replaces ?1 and ?2 there). */
    public static final String SQL = """
            WITH g AS MATERIALIZED (
                SELECT id, phone, email, coalesce(side, '') AS side, lower(coalesce(last_name, '')) AS family,
                       lower(first_name) AS given, guest_name_key(first_name, last_name) AS name
                FROM guests WHERE event_id = ?1),
            named AS (
                SELECT a.id AS a, b.id AS b, similarity(a.name, b.name) AS score, a.phone AS ap, b.phone AS bp,
                       a.email AS ae, b.email AS be
                FROM g a JOIN g b ON b.side = a.side AND b.family = a.family AND b.id > a.id
                UNION ALL
                SELECT a.id, b.id, similarity(a.name, b.name), a.phone, b.phone, a.email, b.email
                FROM g a JOIN g b ON b.side = a.side AND b.given = a.given AND left(b.family, 1) = left(a.family, 1)
                                 AND b.family <> a.family AND b.id > a.id),
            pairs AS (
                SELECT a.id AS a, b.id AS b, 'phone' AS reason, a.phone AS key, similarity(a.name, b.name) AS score
                FROM g a JOIN g b ON b.phone = a.phone AND b.id > a.id
                UNION ALL
                SELECT a.id, b.id, 'email', a.email, similarity(a.name, b.name)
                FROM g a JOIN g b ON b.email = a.email AND b.id > a.id
                UNION ALL
                SELECT a, b, 'name', CAST(a AS text) || ' ' || CAST(b AS text), score FROM named
                WHERE score >= ?2 AND NOT coalesce(ap = bp, false) AND NOT coalesce(ae = be, false)),
            live AS (
                SELECT p.* FROM pairs p
                WHERE NOT EXISTS (SELECT 1 FROM duplicate_dismissals d
                                  WHERE d.event_id = ?1 AND d.guest_a = p.a AND d.guest_b = p.b)),
            grouped AS (
                SELECT reason, key,
                       CASE reason WHEN 'name' THEN max(score) ELSE 0.8 + 0.2 * max(score) END AS score,
                       (SELECT array_agg(DISTINCT m ORDER BY m) FROM unnest(array_agg(a) || array_agg(b)) m) AS ids
                FROM live GROUP BY reason, key)
            SELECT reason, key, round(CAST(score AS numeric), 2), array_to_string(ids, ','), count(*) OVER ()
            FROM grouped ORDER BY score DESC, reason, key
            LIMIT ?3""";

    @PersistenceContext
    EntityManager em;

    /** One group: why, the shared phone or e-mail (null for names), a score 0..1, the guests in id order. */
    public record Found(String reason, String key, double score, List<UUID> guestIds) {
    }

    /** The best {@code limit} groups and how many there are in all. */
    public record Groups(List<Found> groups, long total) {
    }

    @SuppressWarnings("unchecked")
    public Groups find(UUID eventId, int limit) {
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, eventId)
                .setParameter(2, NAME_THRESHOLD)
                .setParameter(3, limit)
                .getResultList();
        List<Found> groups = rows.stream().map(row -> new Found((String) row[0],
                "name".equals(row[0]) ? null : (String) row[1], ((Number) row[2]).doubleValue(),
                Arrays.stream(((String) row[3]).split(",")).map(UUID::fromString).toList())).toList();
        return new Groups(groups, rows.isEmpty() ? 0 : ((Number) rows.get(0)[4]).longValue());
    }
}
