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

    private static final String LISTS = """
            WITH lists AS (
                SELECT id, name, is_default, invitation_types, guest_sides FROM check_in_lists WHERE event_id = ?
            ), codes AS (
                SELECT i.type, i.seats, i.seats_admitted, i.list_seats, g.side, g.status AS rsvp
                FROM invitations i LEFT JOIN guests g ON g.id = i.guest_id
                WHERE i.event_id = ? AND i.status <> 'revoked'
            )
            SELECT l.id, l.name, l.is_default,
                   coalesce(sum(c.seats) FILTER (WHERE c.rsvp IS DISTINCT FROM 'declined'), 0),
                   coalesce(sum(CASE WHEN l.is_default THEN c.seats_admitted
                       ELSE CAST(c.list_seats -> CAST(l.id AS text) ->> 'admitted' AS integer) END), 0),
                   coalesce(sum(CASE WHEN l.is_default THEN c.seats_admitted
                       ELSE CAST(c.list_seats -> CAST(l.id AS text) ->> 'inside' AS integer) END), 0)
            FROM lists l
            LEFT JOIN codes c ON (l.invitation_types IS NULL OR c.type = ANY (l.invitation_types))
                              AND (l.guest_sides IS NULL OR c.side = ANY (l.guest_sides))
            GROUP BY l.id, l.name, l.is_default
            ORDER BY l.is_default DESC, lower(l.name), l.id""";

    private static final String GATES = """
            SELECT s.list_id, s.gate, sum(s.seats_admitted)
            FROM invitation_scans s
            WHERE s.list_id IN (SELECT id FROM check_in_lists WHERE event_id = ?)
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
