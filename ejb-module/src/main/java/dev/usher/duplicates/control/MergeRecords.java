package dev.usher.duplicates.control;

import dev.usher.platform.database.NativeTimes;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The merges of an event (guest_merges): what an undo needs, written with the merge, read by the undo. */
@Dependent
public class MergeRecords {

    /** How long a merge can be undone: a day covers "that was wrong" without keeping merged guests' data for ever. */
    public static final Duration UNDO_WINDOW = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    /** One merge as stored; {@code removed} and {@code moved} hold one member per merged guest id. */
    public record Merge(UUID id, UUID eventId, UUID keptGuestId, List<UUID> mergedGuestIds, JsonObject keptBefore,
                        JsonObject removed, JsonObject moved, OffsetDateTime mergedAt, OffsetDateTime undoUntil,
                        OffsetDateTime undoneAt) {
    }

    public Merge write(UUID eventId, UUID keptId, List<UUID> merged, JsonObject keptBefore, JsonObject removed,
                       JsonObject moved, UUID by) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO guest_merges (id, event_id, kept_guest_id, merged_guests, kept_before, removed, moved,
                                          merged_by, merged_at, undo_until)
                VALUES (?1, ?2, ?3, CAST(?4 AS uuid[]), CAST(?5 AS jsonb), CAST(?6 AS jsonb), CAST(?7 AS jsonb), ?8,
                        now(), now() + CAST(?9 AS interval))""")
                .setParameter(1, id).setParameter(2, eventId).setParameter(3, keptId)
                .setParameter(4, merged.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(5, keptBefore.toString()).setParameter(6, removed.toString())
                .setParameter(7, moved.toString()).setParameter(8, by)
                .setParameter(9, UNDO_WINDOW.toSeconds() + " seconds")
                .executeUpdate();
        return find(eventId, id, false).orElseThrow();
    }

    /** The event's merge; {@code lock} holds its row, so two undos of one merge run one after the other. */
    public Optional<Merge> find(UUID eventId, UUID mergeId, boolean lock) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE event_id = ?1 AND id = ?2" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, eventId).setParameter(2, mergeId).getResultList();
        return rows.stream().map(row -> merge((Object[]) row)).findFirst();
    }

    /** The event's merges that can still be undone, newest first. */
    public List<Merge> undoable(UUID eventId) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE event_id = ?1 AND undone_at IS NULL AND undo_until > now()"
                        + " ORDER BY merged_at DESC LIMIT 100")
                .setParameter(1, eventId).getResultList();
        return rows.stream().map(row -> merge((Object[]) row)).toList();
    }

    public void undone(UUID mergeId, UUID by) {
        em.createNativeQuery("UPDATE guest_merges SET undone_at = now(), undone_by = ?2 WHERE id = ?1")
                .setParameter(1, mergeId).setParameter(2, by).executeUpdate();
    }

    private static final String SELECT = """
            SELECT CAST(id AS text), CAST(event_id AS text), CAST(kept_guest_id AS text),
                   array_to_string(merged_guests, ','), CAST(kept_before AS text), CAST(removed AS text),
                   CAST(moved AS text), merged_at, undo_until, undone_at
            FROM guest_merges""";

    private static Merge merge(Object[] row) {
        return new Merge(UUID.fromString((String) row[0]), UUID.fromString((String) row[1]),
                UUID.fromString((String) row[2]),
                Arrays.stream(((String) row[3]).split(",")).map(UUID::fromString).toList(),
                json(row[4]), json(row[5]), json(row[6]), NativeTimes.utc(row[7]), NativeTimes.utc(row[8]),
                NativeTimes.utc(row[9]));
    }

    private static JsonObject json(Object text) {
        return Json.createReader(new StringReader(text.toString())).readObject();
    }
}
