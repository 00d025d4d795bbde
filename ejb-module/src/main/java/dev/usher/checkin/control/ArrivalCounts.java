package dev.usher.checkin.control;

import dev.usher.checkin.boundary.ArrivalsView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts an event's arrivals for the organizers' live view. Every open console polls every few
 * seconds, so a count is kept for {@link #FRESH} per event and server: however many organizers
 * watch, the database counts an event at most once per that time per server. The counting
 * statements themselves (measured in docs/ARCHITECTURE.md) read the event's invitations by the
 * event index and the admissions per gate from a covering partial index (V18).
 */
@ApplicationScoped
public class ArrivalCounts {

    static final Duration FRESH = Duration.ofSeconds(2);

    /**
     * One pass over the event's invitations (and their guests, by the event's own index) grouped
     * into a few rows by type, group and declined, and one over their lists' counts; the lists
     * then add up the groups they admit. Parameters: the event, three times.
     */
    private static final String LISTS = """
            WITH codes AS (
                SELECT i.type, g.side, g.status = 'declined' AS declined, i.seats, i.seats_admitted, i.list_seats
                FROM invitations i LEFT JOIN guests g ON g.id = i.guest_id AND g.event_id = ?
                WHERE i.event_id = ? AND i.status <> 'revoked'
            ), groups AS (
                SELECT type, side, sum(seats) FILTER (WHERE declined IS NOT TRUE) AS expected,
                       sum(seats_admitted) AS admitted
                FROM codes GROUP BY type, side
            ), counted AS (
                SELECT CAST(e.key AS uuid) AS list_id, c.type, c.side,
                       sum(CAST(e.value ->> 'admitted' AS integer)) AS admitted,
                       sum(CAST(e.value ->> 'inside' AS integer)) AS inside
                FROM codes c, jsonb_each(c.list_seats) e GROUP BY 1, 2, 3
            ), lists AS (
                SELECT id, name, is_default, invitation_types, guest_sides FROM check_in_lists WHERE event_id = ?
            )
            SELECT l.id, l.name, l.is_default,
                   coalesce((SELECT sum(g.expected) FROM groups g
                             WHERE (l.invitation_types IS NULL OR g.type = ANY (l.invitation_types))
                               AND (l.guest_sides IS NULL OR g.side = ANY (l.guest_sides))), 0),
                   CASE WHEN l.is_default THEN coalesce((SELECT sum(g.admitted) FROM groups g), 0)
                        ELSE coalesce((SELECT sum(c.admitted) FROM counted c WHERE c.list_id = l.id), 0) END,
                   CASE WHEN l.is_default THEN coalesce((SELECT sum(g.admitted) FROM groups g), 0)
                        ELSE coalesce((SELECT sum(c.inside) FROM counted c WHERE c.list_id = l.id), 0) END
            FROM lists l
            ORDER BY l.is_default DESC, lower(l.name), l.id""";

    private static final String GATES = """
            SELECT s.list_id, s.gate, sum(s.seats_admitted)
            FROM invitation_scans s
            WHERE s.list_id = ANY (ARRAY(SELECT id FROM check_in_lists WHERE event_id = ?))
              AND s.seats_admitted > 0 AND s.reverted_at IS NULL
            GROUP BY s.list_id, s.gate
            ORDER BY s.list_id, s.gate NULLS FIRST""";

    private static final String GUESTS = """
            SELECT guest_id, sum(invitation_arrived(seats_admitted, list_seats))
            FROM invitations WHERE event_id = ? AND guest_id = ANY (?)
            GROUP BY guest_id HAVING sum(invitation_arrived(seats_admitted, list_seats)) > 0""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    private final Map<UUID, ArrivalsView> recent = new ConcurrentHashMap<>();

    /** The event's counts, at most {@link #FRESH} old. */
    public ArrivalsView of(UUID eventId) {
        Instant now = clock.instant();
        ArrivalsView kept = recent.get(eventId);
        if (kept != null && kept.countedAt().toInstant().plus(FRESH).isAfter(now)) {
            return kept;
        }
        ArrivalsView counted = count(eventId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        // Forget events nobody watches: the map holds the events being watched in the last moments.
        recent.values().removeIf(v -> v.countedAt().toInstant().plus(FRESH).isBefore(now));
        recent.put(eventId, counted);
        return counted;
    }

    /** People arrived per guest, for the guests given (those with nobody in are left out). */
    public List<ArrivalsView.GuestArrival> guests(UUID eventId, Collection<UUID> guestIds) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(GUESTS)) {
            statement.setObject(1, eventId, Types.OTHER);
            statement.setArray(2, connection.createArrayOf("uuid", guestIds.toArray()));
            List<ArrivalsView.GuestArrival> arrivals = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    arrivals.add(new ArrivalsView.GuestArrival(row.getObject(1, UUID.class), row.getLong(2)));
                }
            }
            return arrivals;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the guests' arrivals of event " + eventId, e);
        }
    }

    private ArrivalsView count(UUID eventId, OffsetDateTime at) {
        List<ArrivalsView.ListArrivals> lists = new ArrayList<>();
        List<ArrivalsView.GateArrivals> gates = new ArrayList<>();
        StringBuilder version = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(LISTS)) {
                statement.setObject(1, eventId, Types.OTHER);
                statement.setObject(2, eventId, Types.OTHER);
                statement.setObject(3, eventId, Types.OTHER);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        var list = new ArrivalsView.ListArrivals(row.getObject(1, UUID.class), row.getString(2),
                                row.getBoolean(3), row.getLong(4), row.getLong(5), row.getLong(6));
                        lists.add(list);
                        version.append(list).append('\n');
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(GATES)) {
                statement.setObject(1, eventId, Types.OTHER);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        var gate = new ArrivalsView.GateArrivals(row.getObject(1, UUID.class), row.getString(2),
                                row.getLong(3));
                        gates.add(gate);
                        version.append(gate).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the arrivals of event " + eventId, e);
        }
        return new ArrivalsView(eventId, lists, gates, digest(version.toString()), at);
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
