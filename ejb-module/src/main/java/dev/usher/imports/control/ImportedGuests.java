package dev.usher.imports.control;

import dev.usher.guests.control.GuestDuplicates;
import dev.usher.guests.entity.GuestData;
import dev.usher.jobs.boundary.RowError;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one chunk of checked rows to an event's guest list, inside the chunk's
 * transaction: duplicates decided against the list and the earlier rows (the same rule
 * as a single add), then one INSERT over column arrays and the merges. Plain JDBC, because a chunk
 * of rows is one statement batch rather than one entity round trip per row.
 *
 * <p>Every inserted guest carries (import, row): the unique key makes a restarted job
 * unable to insert a row twice, even if a checkpoint were lost.
 */
@Dependent
public class ImportedGuests {

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

    private static final String MERGE = """
            UPDATE guests SET first_name = coalesce(?, first_name), last_name = coalesce(?, last_name),
                              phone = coalesce(?, phone), email = coalesce(?, email), side = coalesce(?, side),
                              status = coalesce(?, status), party_size = coalesce(?, party_size),
                              notes = coalesce(?, notes), updated_at = now(), version = version + 1
            WHERE id = ? AND event_id = ?""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    @Inject
    GuestDuplicates duplicates;

    /**
     * @param seen contacts met by earlier chunks of a dry run (nothing is written then, so
     *             the database cannot remember them); ignored otherwise
     */
    public ChunkOutcome write(ImportJob job, List<CheckedRow> rows, GuestDuplicates.Index seen) {
        if (!job.dryRun()) {
            duplicates.lockGuestList(job.eventId());
        }
        try (Connection connection = dataSource.getConnection()) {
            GuestDuplicates.Index taken = job.dryRun() ? seen : new GuestDuplicates.Index();
            existing(connection, job.eventId(), rows).forEach(taken::add);
            Map<UUID, CheckedRow> inserts = new LinkedHashMap<>();
            Map<UUID, CheckedRow> merges = new LinkedHashMap<>();
            List<RowError> notes = new ArrayList<>();
            int duplicateCount = 0;
            int mergedCount = 0;
            for (CheckedRow row : rows) {
                var holder = job.policy() == DuplicatePolicy.create_anyway ? java.util.Optional.<UUID>empty()
                        : taken.holderOf(row.data());
                if (holder.isEmpty()) {
                    UUID id = UUID.randomUUID();
                    inserts.put(id, row);
                    taken.add(row.data(), id);
                } else if (job.policy() == DuplicatePolicy.update) {
                    CheckedRow pending = inserts.get(holder.get());
                    if (pending != null) {
                        inserts.put(holder.get(), merged(pending, row));
                    } else {
                        merges.merge(holder.get(), row, ImportedGuests::merged);
                    }
                    mergedCount++;
                    notes.add(new RowError(row.number(), taken.matchedBy(row.data()),
                            "merged into guest " + holder.get() + " (same " + taken.matchedBy(row.data()) + ")"));
                } else {
                    duplicateCount++;
                    notes.add(new RowError(row.number(), taken.matchedBy(row.data()),
                            "skipped: same " + taken.matchedBy(row.data()) + " as guest " + holder.get()));
                }
            }
            if (!job.dryRun()) {
                insert(connection, job, inserts);
                merge(connection, job.eventId(), merges);
            }
            return new ChunkOutcome(inserts.size(), mergedCount, duplicateCount, notes);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write guests of import " + job.importId(), e);
        }
    }

    /** Non-empty fields of the later row win; the rest keep the earlier values. */
    private static CheckedRow merged(CheckedRow earlier, CheckedRow later) {
        GuestData a = earlier.data();
        GuestData b = later.data();
        Set<GuestField> p = later.provided();
        GuestData data = new GuestData(
                p.contains(GuestField.firstName) || p.contains(GuestField.fullName) ? b.firstName() : a.firstName(),
                b.lastName() != null ? b.lastName() : a.lastName(),
                b.phone() != null ? b.phone() : a.phone(),
                b.email() != null ? b.email() : a.email(),
                b.side() != null ? b.side() : a.side(),
                p.contains(GuestField.status) ? b.status() : a.status(),
                p.contains(GuestField.partySize) ? b.partySize() : a.partySize(),
                b.notes() != null ? b.notes() : a.notes());
        java.util.EnumSet<GuestField> provided = java.util.EnumSet.noneOf(GuestField.class);
        provided.addAll(earlier.provided());
        provided.addAll(later.provided());
        return new CheckedRow(earlier.number(), data, provided);
    }

    private static Map<GuestData, UUID> existing(Connection connection, UUID eventId, List<CheckedRow> rows)
            throws SQLException {
        String[] phones = rows.stream().map(r -> r.data().phone()).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        String[] emails = rows.stream().map(r -> r.data().email()).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        Map<GuestData, UUID> found = new HashMap<>();
        if (phones.length == 0 && emails.length == 0) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, phone, email FROM guests WHERE event_id = ? AND (phone = ANY (?) OR email = ANY (?))")) {
            Array phoneArray = connection.createArrayOf("text", phones);
            Array emailArray = connection.createArrayOf("text", emails);
            select.setObject(1, eventId);
            select.setArray(2, phoneArray);
            select.setArray(3, emailArray);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.put(new GuestData(null, null, result.getString(2), result.getString(3), null, null, 1, null),
                            result.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    private static void insert(Connection connection, ImportJob job, Map<UUID, CheckedRow> inserts)
            throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        int n = inserts.size();
        UUID[] ids = new UUID[n];
        String[][] text = new String[7][n];
        Integer[] partySizes = new Integer[n];
        Integer[] rowNumbers = new Integer[n];
        int i = 0;
        for (var entry : inserts.entrySet()) {
            GuestData d = entry.getValue().data();
            ids[i] = entry.getKey();
            text[0][i] = d.firstName();
            text[1][i] = d.lastName();
            text[2][i] = d.phone();
            text[3][i] = d.email();
            text[4][i] = d.side();
            text[5][i] = d.status().name();
            text[6][i] = d.notes();
            partySizes[i] = d.partySize();
            rowNumbers[i] = entry.getValue().number();
            i++;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, job.eventId());
            insert.setObject(2, job.startedBy());
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.setObject(5, job.importId());
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

    private static void merge(Connection connection, UUID eventId, Map<UUID, CheckedRow> merges) throws SQLException {
        if (merges.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MERGE)) {
            for (var entry : merges.entrySet()) {
                GuestData d = entry.getValue().data();
                Set<GuestField> p = entry.getValue().provided();
                update.setString(1, d.firstName());
                update.setString(2, d.lastName());
                update.setString(3, d.phone());
                update.setString(4, d.email());
                update.setString(5, d.side());
                if (p.contains(GuestField.status)) {
                    update.setString(6, d.status().name());
                } else {
                    update.setNull(6, Types.VARCHAR);
                }
                if (p.contains(GuestField.partySize)) {
                    update.setInt(7, d.partySize());
                } else {
                    update.setNull(7, Types.INTEGER);
                }
                update.setString(8, d.notes());
                update.setObject(9, entry.getKey());
                update.setObject(10, eventId);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
