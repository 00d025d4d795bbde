package dev.usher.checkin.control;

import dev.usher.checkin.entity.CheckInList;
import dev.usher.platform.errors.ConflictException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An event's check-in lists in {@code check_in_lists}, by JDBC: their limits are text arrays,
 * which the admission statement reads as they are ({@code type = ANY (invitation_types)}).
 */
@Dependent
public class CheckInListStore {

    private static final String COLUMNS = "id, event_id, name, is_default, invitation_types, guest_sides, exits,"
            + " reentry, opens_at, closes_at";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    /** The event's lists, the default one first. */
    public List<CheckInList> forEvent(UUID eventId) {
        return query("SELECT " + COLUMNS + " FROM check_in_lists WHERE event_id = ? ORDER BY is_default DESC,"
                + " lower(name), id", eventId, null);
    }

    /** The list, if it is one of this event's. */
    public Optional<CheckInList> find(UUID eventId, UUID listId) {
        return query("SELECT " + COLUMNS + " FROM check_in_lists WHERE event_id = ? AND id = ?", eventId, listId)
                .stream().findFirst();
    }

    public CheckInList insert(CheckInList list) {
        write("INSERT INTO check_in_lists (name, invitation_types, guest_sides, exits, reentry, opens_at, closes_at,"
                + " id, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", list);
        return list;
    }

    /** Changes a list that is not the default one (whose rules are fixed; see V18). */
    public boolean update(CheckInList list) {
        return write("UPDATE check_in_lists SET name = ?, invitation_types = ?, guest_sides = ?, exits = ?,"
                + " reentry = ?, opens_at = ?, closes_at = ?, updated_at = now(), version = version + 1"
                + " WHERE id = ? AND event_id = ?", list) == 1;
    }

    /** Renames the default list (its only changeable part). */
    public void rename(UUID eventId, UUID listId, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE check_in_lists SET name = ?,"
                     + " updated_at = now(), version = version + 1 WHERE id = ? AND event_id = ?")) {
            statement.setString(1, name);
            statement.setObject(2, listId, Types.OTHER);
            statement.setObject(3, eventId, Types.OTHER);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw translated(e, name);
        }
    }

    /** Deletes a list nobody was scanned on; one with scans keeps the record of the day. */
    public boolean delete(UUID eventId, UUID listId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM check_in_lists"
                     + " WHERE id = ? AND event_id = ? AND NOT is_default"
                     + " AND NOT EXISTS (SELECT 1 FROM invitation_scans s WHERE s.list_id = check_in_lists.id)")) {
            statement.setObject(1, listId, Types.OTHER);
            statement.setObject(2, eventId, Types.OTHER);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete check-in list " + listId, e);
        }
    }

    private int write(String sql, CheckInList list) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, list.name());
            statement.setArray(2, array(connection, list.invitationTypes()));
            statement.setArray(3, array(connection, list.guestSides()));
            statement.setBoolean(4, list.exits());
            statement.setBoolean(5, list.reentry());
            statement.setObject(6, list.opensAt());
            statement.setObject(7, list.closesAt());
            statement.setObject(8, list.id(), Types.OTHER);
            statement.setObject(9, list.eventId(), Types.OTHER);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw translated(e, list.name());
        }
    }

    private static RuntimeException translated(SQLException e, String name) {
        if ("23505".equals(e.getSQLState())) {
            // check_in_lists_name_unique: two lists of one event are told apart by name.
            return new ConflictException("This event already has a check-in list named \"" + name + "\"");
        }
        return new IllegalStateException("Cannot write check-in list " + name, e);
    }

    private List<CheckInList> query(String sql, UUID eventId, UUID listId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, eventId, Types.OTHER);
            if (listId != null) {
                statement.setObject(2, listId, Types.OTHER);
            }
            List<CheckInList> lists = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    lists.add(new CheckInList(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            row.getString(3), row.getBoolean(4), strings(row.getArray(5)), strings(row.getArray(6)),
                            row.getBoolean(7), row.getBoolean(8), row.getObject(9, OffsetDateTime.class),
                            row.getObject(10, OffsetDateTime.class)));
                }
            }
            return lists;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the check-in lists of event " + eventId, e);
        }
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
        return values.isEmpty() ? null : connection.createArrayOf("text", values.toArray(String[]::new));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
