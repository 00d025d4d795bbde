import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Invitations written straight into the benchmark's database: an event's guest list as a door
 * sees it (names made of common first and last names with a rare part, Israeli mobile numbers,
 * parties of 1 to 4), and plain single-seat codes for the closed loops.
 */
final class DoorSeed {

    /** One invitation of the door's event, with what a search at the door would type for it. */
    record Guest(String token, String name, String phone) {
    }

    private final String jdbc;

    DoorSeed(String jdbc) {
        this.jdbc = jdbc;
    }

    /** The event's guest list, `count` invitations, shuffled (guests do not arrive in the order they were invited). */
    List<Guest> guests(String eventId, int count) throws Exception {
        List<Guest> guests = new ArrayList<>(count);
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO invitations (id, number, token, recipient_name, email, phone, event_id, seats, status)
                     SELECT gen_random_uuid(), 'DOOR-' || nextval('invitation_number_seq'),
                            replace(gen_random_uuid()::text, '-', '') || substr(md5(random()::text), 1, 8),
                            (ARRAY['Dana','Noa','Avigail','Yael','Omer','Eli','Shira','Tamar','Itai','Gil'])[1 + i % 10]
                              || ' ' || (ARRAY['Cohen','Levi','Mizrahi','Peretz','Biton','Dahan','Friedman','Katz',
                                               'Azulay','Rosenthal'])[1 + (i / 10) % 10]
                              || '-' || substr(md5(i::text || ?), 1, 6),
                            'door' || i || '@bench.test', '+97254' || lpad((1000000 + i)::text, 7, '0'),
                            CAST(? AS uuid), 1 + i % 4, 'sent'
                     FROM generate_series(1, ?) i
                     RETURNING token, recipient_name, phone""")) {
            s.setString(1, eventId);
            s.setString(2, eventId);
            s.setInt(3, count);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    guests.add(new Guest(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            analyze(c);
        }
        java.util.Collections.shuffle(guests, new java.util.Random(14));
        return guests;
    }

    /** Single-seat codes of an event, each admitted once by a closed loop or by the bare UPDATE. */
    List<String> codes(String eventId, int count) throws Exception {
        List<String> tokens = new ArrayList<>(count);
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO invitations (id, number, token, recipient_name, email, event_id, seats, status)
                     SELECT gen_random_uuid(), 'LOOP-' || nextval('invitation_number_seq'),
                            replace(gen_random_uuid()::text, '-', '') || substr(md5(random()::text), 1, 8),
                            'Loop Guest ' || g, 'loop' || g || '@bench.test', CAST(? AS uuid), 1, 'sent'
                     FROM generate_series(1, ?) g
                     RETURNING token""")) {
            s.setString(1, eventId);
            s.setInt(2, count);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    tokens.add(rows.getString(1));
                }
            }
            analyze(c);
        }
        return tokens;
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(jdbc, "usher", "");
    }

    /** Fresh statistics, as a day's autovacuum would have them, so the planner sees the event's size. */
    private static void analyze(Connection c) throws Exception {
        try (var s = c.createStatement()) {
            s.execute("ANALYZE invitations");
        }
    }
}
