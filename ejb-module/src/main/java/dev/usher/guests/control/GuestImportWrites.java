package dev.usher.guests.control;

import dev.usher.guests.entity.GuestData;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The file import's writes to an event's guest list, a chunk at a time: one INSERT over column
 * arrays for the new guests and a batch of merges into existing ones. Plain JDBC, because a chunk
 * of rows is one statement batch rather than one entity round trip per row. The caller holds the
 * guest-list lock ({@link GuestDuplicates#lockGuestList}) and has decided every row.
 *
 * <p>Every inserted guest carries (import, row): the unique key makes a restarted job unable to
 * insert a row twice, even if a checkpoint were lost.
 */
@Dependent
public class GuestImportWrites {

    /** A new guest of an import: its id, the file row it came from, its details. */
    public record ImportedGuest(UUID id, int row, GuestData data) {
    }

    /**
     * Non-empty details to merge into an existing guest; status and party size always have a
     * value in {@link GuestData}, so whether the file gave them is said apart.
     */
    public record GuestMerge(UUID guestId, GuestData data, boolean statusGiven, boolean partySizeGiven) {
    }

    /**
     * The chunk's new guests as one statement over column arrays: one parse and plan per chunk,
     * where a batch of INSERTs (even rewritten into multi-row VALUES) costs a plan per 128 rows
     * and a bind per value.
     */
    private static final String INSERT = """
            INSERT INTO guests (id, event_id, added_by_user_id, first_name, last_name, phone, email, side, status,
                                party_size, notes, created_at, updated_at, version, import_id, import_row)
            SELECT r.id, ?, ?, r.first_name, r.last_name, r.phone, r.email, r.side, r.status, r.party_size, r.notes,
                   ?, ?, 0, ?, r.import_row
            FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]),
                        CAST(? AS text[]), CAST(? AS integer[]))
                 AS r (id, first_name, last_name, phone, email, side, status, party_size, notes, import_row)
            ON CONFLICT (import_id, import_row) WHERE import_id IS NOT NULL DO NOTHING""";

    /** A household's party size follows its members (see {@code Guest#resizeToHousehold}), never a file's column. */
    private static final String MERGE = """
            UPDATE guests SET first_name = coalesce(?, first_name), last_name = coalesce(?, last_name),
                              phone = coalesce(?, phone), email = coalesce(?, email), side = coalesce(?, side),
                              status = coalesce(?, status),
                              party_size = CASE WHEN EXISTS (SELECT 1 FROM household_members m WHERE m.guest_id = guests.id)
                                                THEN party_size ELSE coalesce(?, party_size) END,
                              notes = coalesce(?, notes), updated_at = now(), version = version + 1
            WHERE id = ? AND event_id = ?""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    /** Inserts the new guests and applies the merges, in the caller's transaction. */
    public void write(UUID eventId, UUID addedBy, UUID importId, List<ImportedGuest> inserts,
                      List<GuestMerge> merges) {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, eventId, addedBy, importId, inserts);
            merge(connection, eventId, merges);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write guests of import " + importId, e);
        }
    }

    private static void insert(Connection connection, UUID eventId, UUID addedBy, UUID importId,
                               List<ImportedGuest> inserts) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        int n = inserts.size();
        UUID[] ids = new UUID[n];
        String[][] text = new String[7][n];
        Integer[] partySizes = new Integer[n];
        Integer[] rowNumbers = new Integer[n];
        int i = 0;
        for (ImportedGuest guest : inserts) {
            GuestData d = guest.data();
            ids[i] = guest.id();
            text[0][i] = d.firstName();
            text[1][i] = d.lastName();
            text[2][i] = d.phone();
            text[3][i] = d.email();
            text[4][i] = d.side();
            text[5][i] = d.status().name();
            text[6][i] = d.notes();
            partySizes[i] = d.partySize();
            rowNumbers[i] = guest.row();
            i++;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, eventId);
            insert.setObject(2, addedBy);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.setObject(5, importId);
            insert.setArray(6, connection.createArrayOf("uuid", ids));
            for (int column = 0; column < 6; column++) {
                insert.setArray(7 + column, connection.createArrayOf("text", text[column]));
            }
            insert.setArray(13, connection.createArrayOf("int4", partySizes));
            insert.setArray(14, connection.createArrayOf("text", text[6]));
            insert.setArray(15, connection.createArrayOf("int4", rowNumbers));
            insert.executeUpdate();
        }
    }

    private static void merge(Connection connection, UUID eventId, List<GuestMerge> merges) throws SQLException {
        if (merges.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MERGE)) {
            for (GuestMerge merge : merges) {
                GuestData d = merge.data();
                update.setString(1, d.firstName());
                update.setString(2, d.lastName());
                update.setString(3, d.phone());
                update.setString(4, d.email());
                update.setString(5, d.side());
                if (merge.statusGiven()) {
                    update.setString(6, d.status().name());
                } else {
                    update.setNull(6, Types.VARCHAR);
                }
                if (merge.partySizeGiven()) {
                    update.setInt(7, d.partySize());
                } else {
                    update.setNull(7, Types.INTEGER);
                }
                update.setString(8, d.notes());
                update.setObject(9, merge.guestId());
                update.setObject(10, eventId);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
