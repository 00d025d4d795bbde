package dev.usher.duplicates.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

/**
 * The rows hung on a merged guest, moved to the kept one and back. This is the one place outside
 * their areas that writes invitations, the delivery ledger, RSVP links and answers and the guests'
 * child tables (a known exception to "one owner per table", like privacy's erasure: a merge has to
 * move them all in one transaction, and row ids are all an undo needs).
 *
 * <p>Where a table allows one row per guest, the kept guest's row wins: its RSVP link stays the live
 * one (a merged guest's live link is revoked, and unrevoked on undo), its RSVP answer and household
 * answers stay (a merged guest's are moved only where the kept guest has none), its household
 * members stay (a merged guest's members are moved only when the kept guest has none). Ledger rows
 * of a broadcast that reached both guests stay with the merged guest (and lose it with the row,
 * {@code ON DELETE SET NULL}); their ids are kept to point them back on undo. Everything not moved is
 * in the snapshot that {@link #snapshot} takes before any move, and is inserted again on undo.
 */
@Dependent
public class GuestMoves {

    /** The tables whose rows go with a guest row when it is deleted (cascade), in insertion order for undo. */
    static final List<String> CASCADED = List.of("household_members", "guest_answers", "guest_status_changes",
            "rsvp_links", "rsvp_answers", "invitation_send_items");

    @PersistenceContext
    EntityManager em;

    /** The guest row and every cascaded row, as JSON, to insert again on undo. */
    public JsonObject snapshot(UUID guestId) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("guests", row(guestId));
        for (String table : CASCADED) {
            json.add(table, readArray("SELECT CAST(coalesce(jsonb_agg(to_jsonb(t)), '[]') AS text) FROM " + table
                    + " t WHERE guest_id = ?1", guestId));
        }
        return json.build();
    }

    /** The kept guest's row as it is, for its fields on undo. */
    public JsonObject row(UUID guestId) {
        return read("SELECT CAST(to_jsonb(t) AS text) FROM guests t WHERE id = ?1", guestId);
    }

    /** Moves what hangs on {@code from} to {@code to}; the answer names the moved rows' ids per table. */
    public JsonObject move(UUID from, UUID to) {
        JsonObjectBuilder moved = Json.createObjectBuilder();
        moved.add("invitations", ids("UPDATE invitations SET guest_id = ?2, updated_at = now() WHERE guest_id = ?1"
                + " RETURNING CAST(id AS text)", from, to));
        moved.add("deliveries", ids("UPDATE deliveries d SET guest_id = ?2 WHERE guest_id = ?1 AND (broadcast_id IS NULL"
                + " OR NOT EXISTS (SELECT 1 FROM deliveries k WHERE k.guest_id = ?2 AND k.broadcast_id = d.broadcast_id))"
                + " RETURNING CAST(id AS text)", from, to));
        moved.add("detachedDeliveries", ids("SELECT CAST(id AS text) FROM deliveries WHERE guest_id = ?1 AND ?2 = ?2",
                from, to));
        moved.add("guest_status_changes", ids("UPDATE guest_status_changes SET guest_id = ?2 WHERE guest_id = ?1"
                + " RETURNING CAST(id AS text)", from, to));
        moved.add("revokedLinks", ids("UPDATE rsvp_links SET revoked_at = now() WHERE guest_id = ?1 AND revoked_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM rsvp_links k WHERE k.guest_id = ?2 AND k.revoked_at IS NULL)"
                + " RETURNING CAST(id AS text)", from, to));
        moved.add("rsvp_links", ids("UPDATE rsvp_links SET guest_id = ?2 WHERE guest_id = ?1 RETURNING CAST(id AS text)",
                from, to));
        moved.add("rsvp_answers", ids("UPDATE rsvp_answers SET guest_id = ?2 WHERE guest_id = ?1"
                + " AND NOT EXISTS (SELECT 1 FROM rsvp_answers k WHERE k.guest_id = ?2) RETURNING CAST(?1 AS text)",
                from, to));
        JsonArray members = ids("UPDATE household_members SET guest_id = ?2 WHERE guest_id = ?1"
                + " AND NOT EXISTS (SELECT 1 FROM household_members k WHERE k.guest_id = ?2) RETURNING CAST(id AS text)",
                from, to);
        moved.add("household_members", members);
        moved.add("guest_answers", ids("UPDATE guest_answers a SET guest_id = ?2 WHERE guest_id = ?1 AND ("
                + " (member_id IS NOT NULL AND member_id IN (SELECT id FROM household_members WHERE guest_id = ?2))"
                + " OR (member_id IS NULL AND NOT EXISTS (SELECT 1 FROM guest_answers k WHERE k.guest_id = ?2"
                + " AND k.member_id IS NULL AND k.question_id = a.question_id))) RETURNING CAST(id AS text)", from, to));
        return moved.build();
    }

    /** How many of these guests hold an invitation that is not revoked (the database allows one per guest). */
    public long liveInvitationHolders(List<UUID> guestIds) {
        return ((Number) em.createNativeQuery("SELECT count(DISTINCT guest_id) FROM invitations"
                        + " WHERE guest_id = ANY(CAST(?1 AS uuid[])) AND status <> 'revoked'")
                .setParameter(1, guestIds.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue();
    }

    /** Deletes the merged guest's row; what still hung on it goes by cascade (and is in its snapshot). */
    public void delete(UUID guestId) {
        em.createNativeQuery("DELETE FROM guests WHERE id = ?1").setParameter(1, guestId).executeUpdate();
    }

    /** Undo of one merged guest: its row again, its moved rows back, its other rows inserted again. */
    public void restore(UUID guestId, UUID keptId, JsonObject snapshot, JsonObject moved) {
        em.createNativeQuery("INSERT INTO guests SELECT * FROM jsonb_populate_record(CAST(NULL AS guests), CAST(?1 AS jsonb))")
                .setParameter(1, snapshot.getJsonObject("guests").toString()).executeUpdate();
        back("UPDATE invitations SET guest_id = ?1, updated_at = now() WHERE guest_id = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("invitations"));
        back("UPDATE deliveries SET guest_id = ?1 WHERE guest_id = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("deliveries"));
        back("UPDATE deliveries SET guest_id = ?1 WHERE guest_id IS NULL AND ?2 = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("detachedDeliveries"));
        back("UPDATE guest_status_changes SET guest_id = ?1 WHERE guest_id = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("guest_status_changes"));
        back("UPDATE rsvp_links SET guest_id = ?1 WHERE guest_id = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("rsvp_links"));
        back("UPDATE rsvp_links SET revoked_at = NULL WHERE guest_id = ?1 AND ?2 = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("revokedLinks"));
        back("UPDATE rsvp_answers SET guest_id = ?1 WHERE guest_id = ?2 AND CAST(?1 AS text) = ANY(CAST(?3 AS text[]))",
                guestId, keptId, moved.getJsonArray("rsvp_answers"));
        back("UPDATE household_members SET guest_id = ?1 WHERE guest_id = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("household_members"));
        back("UPDATE guest_answers SET guest_id = ?1 WHERE guest_id = ?2 AND id = ANY(CAST(?3 AS uuid[]))",
                guestId, keptId, moved.getJsonArray("guest_answers"));
        for (String table : CASCADED) {
            em.createNativeQuery("INSERT INTO " + table + " SELECT * FROM jsonb_populate_recordset(CAST(NULL AS " + table
                            + "), CAST(?1 AS jsonb)) ON CONFLICT DO NOTHING")
                    .setParameter(1, snapshot.getJsonArray(table).toString()).executeUpdate();
        }
    }

    /** The kept guest's fields as they were before the merge. */
    public void restoreFields(UUID keptId, JsonObject before) {
        em.createNativeQuery("""
                UPDATE guests g SET first_name = s.first_name, last_name = s.last_name, phone = s.phone, email = s.email,
                       side = s.side, status = s.status, party_size = s.party_size, notes = s.notes,
                       door_note = s.door_note, plus_ones_allowed = s.plus_ones_allowed, updated_at = now(),
                       version = g.version + 1
                FROM jsonb_populate_record(CAST(NULL AS guests), CAST(?2 AS jsonb)) s WHERE g.id = ?1""")
                .setParameter(1, keptId).setParameter(2, before.toString()).executeUpdate();
    }

    private void back(String sql, UUID guestId, UUID keptId, JsonArray ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        em.createNativeQuery(sql).setParameter(1, guestId).setParameter(2, keptId)
                .setParameter(3, ids.getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray(String[]::new))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private JsonArray ids(String sql, UUID from, UUID to) {
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(id -> array.add(id.toString()));
        return array.build();
    }

    private JsonObject read(String sql, UUID id) {
        Object text = em.createNativeQuery(sql).setParameter(1, id).getSingleResult();
        return Json.createReader(new StringReader(text.toString())).readObject();
    }

    private JsonArray readArray(String sql, UUID id) {
        Object text = em.createNativeQuery(sql).setParameter(1, id).getSingleResult();
        return Json.createReader(new StringReader(text.toString())).readArray();
    }

}
