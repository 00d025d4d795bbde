package dev.usher.checkin.control;

import dev.usher.checkin.entity.InvitationScan;
import dev.usher.checkin.entity.ScanOutcome;
import dev.usher.invitations.entity.InvitationType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One scan attempt decided and recorded in a single SQL statement (one round trip instead of
 * a lock, a nonce look-up, an update and an insert through JPA): the statement locks the code's
 * row ({@code FOR UPDATE}, so scans of one code are decided one after the other on the current
 * seat count), decides the outcome from that locked row, inserts the scan, and counts it on the
 * invitation only if the scan was inserted.
 *
 * <p>The nonce is decided by the unique key (invitation, nonce): an attempt whose nonce is
 * already recorded inserts nothing ({@code ON CONFLICT DO NOTHING}), changes nothing, and is
 * answered {@link Recorded#replay()} so the caller answers from the first attempt. A retry racing
 * the first attempt waits on the row lock and then meets the committed nonce the same way.
 */
@Dependent
public class Admissions {

    /**
     * {@code %s} is how the code's row is found: by its token (a scan) or by its id within the
     * station's event (a guest found by name). Parameters after it: the list (null: the default
     * list of the station's event, else of the code's), the station's event (three times), the
     * time (twice, the list's hours), whether this is an exit, the station's event (twice), the time
     * (the code's expiry), whether to ask for a count, the seats wanted (three times), then the
     * scan's columns.
     *
     * <p>Expiry ({@code InvitationExpiry}) is decided here and nowhere else at the door: after a
     * revoked code and a code of another event (which keep their own answers), before the list's
     * rules; an exit is never refused for it.
     *
     * <p>The list's counts: the default list's are the invitation's own {@code seats_admitted}
     * (as before lists: no exits, so everyone admitted is inside); another list's are in the
     * invitation's {@code list_seats}, on the locked row for the same reason (V18). A seat that
     * went out comes back in first (with re-entry), new seats after. The guest's group is read
     * only for a list limited to groups (OR stops at its first true arm), so a scan on the default
     * list costs one index look-up more than before lists (its list), no more.
     */
    private static final String ADMIT = """
            WITH locked AS (
                SELECT id, event_id, guest_id, status, seats, seats_admitted, list_seats, recipient_name, email, number,
                       type, scanned_at, expires_at
                FROM invitations WHERE %s FOR UPDATE
            ), list AS (
                SELECT id, event_id, is_default, invitation_types, guest_sides, exits, reentry, opens_at, closes_at
                FROM check_in_lists
                WHERE id = coalesce(CAST(? AS uuid), (SELECT c.id FROM check_in_lists c WHERE c.is_default
                          AND c.event_id = coalesce(CAST(? AS uuid), (SELECT event_id FROM locked))))
                  AND event_id = coalesce(CAST(? AS uuid), event_id)
            ), counts AS (
                SELECT l.*, li.id AS list_id, li.id IS NULL AS no_list, coalesce(li.is_default, true) AS plain,
                       coalesce(li.exits, false) AS exits, coalesce(li.reentry, false) AS reentry,
                       CASE WHEN coalesce(li.is_default, true) THEN l.seats_admitted
                            ELSE coalesce(CAST(l.list_seats -> CAST(li.id AS text) ->> 'admitted' AS integer), 0)
                       END AS was_admitted,
                       CASE WHEN coalesce(li.is_default, true) THEN l.seats_admitted
                            ELSE coalesce(CAST(l.list_seats -> CAST(li.id AS text) ->> 'inside' AS integer), 0)
                       END AS was_inside,
                       (li.invitation_types IS NULL OR l.type = ANY (li.invitation_types))
                           AND (li.guest_sides IS NULL OR coalesce((SELECT g.side FROM guests g WHERE g.id = l.guest_id)
                                                                   = ANY (li.guest_sides), false)) AS on_list,
                       (CAST(? AS timestamptz) < li.opens_at OR CAST(? AS timestamptz) >= li.closes_at) AS closed
                FROM locked l LEFT JOIN list li ON true
            ), sized AS (
                SELECT c.*, CAST(? AS boolean) AS leaving,
                       CASE WHEN c.reentry THEN c.was_admitted - c.was_inside ELSE 0 END AS outside,
                       greatest(c.seats - c.was_admitted, 0)
                           + CASE WHEN c.reentry THEN c.was_admitted - c.was_inside ELSE 0 END AS may_enter
                FROM counts c
            ), decided AS (
                SELECT s.*, CASE WHEN s.leaving THEN s.was_inside ELSE s.may_enter END AS left_before,
                       CASE WHEN s.status = 'revoked' THEN 'revoked'
                            WHEN CAST(? AS uuid) IS NOT NULL AND s.event_id IS NOT NULL
                                 AND s.event_id <> CAST(? AS uuid) THEN 'wrong-event'
                            WHEN NOT s.leaving AND s.expires_at <= CAST(? AS timestamptz) THEN 'expired'
                            WHEN s.no_list AND s.event_id IS NOT NULL THEN 'not-on-list'
                            WHEN s.on_list IS FALSE THEN 'not-on-list'
                            WHEN s.closed THEN 'outside-hours'
                            WHEN s.leaving AND NOT s.exits THEN 'no-exits'
                            WHEN s.leaving AND s.was_inside = 0 THEN 'not-inside'
                            WHEN s.leaving AND coalesce(CAST(? AS integer), s.was_inside) > s.was_inside
                                 THEN 'not-enough-seats'
                            WHEN s.leaving THEN 'exited'
                            WHEN s.may_enter = 0 THEN 'already-used'
                            WHEN CAST(? AS boolean) AND CAST(? AS integer) IS NULL
                                 AND (s.may_enter > 1 OR (s.was_admitted > 0 AND s.seats > s.was_admitted))
                                 THEN 'choose-seats'
                            WHEN coalesce(CAST(? AS integer), s.may_enter) > s.may_enter THEN 'not-enough-seats'
                            ELSE 'admitted' END AS outcome,
                       coalesce(CAST(? AS integer), CASE WHEN s.leaving THEN s.was_inside ELSE s.may_enter END) AS wanted
                FROM sized s
            ), scan AS (
                INSERT INTO invitation_scans (id, invitation_id, station_event_id, scanned_at, station, scanned_by,
                                              device_info, outcome, seats_admitted, seats_left, nonce, source,
                                              list_id, gate, direction, seats_exited)
                SELECT CAST(? AS uuid), d.id, CAST(? AS uuid), CAST(? AS timestamptz), ?, CAST(? AS uuid),
                       CAST(? AS jsonb), coalesce(d.outcome, 'unknown'),
                       CASE WHEN d.outcome = 'admitted' THEN d.wanted ELSE 0 END,
                       CASE d.outcome WHEN 'admitted' THEN d.left_before - d.wanted
                                      WHEN 'already-used' THEN 0
                                      WHEN 'not-enough-seats' THEN d.left_before END,
                       CASE WHEN d.id IS NOT NULL THEN CAST(? AS text) END, ?,
                       coalesce(d.list_id, (SELECT id FROM list)), ?, CASE WHEN CAST(? AS boolean) THEN 'out' ELSE 'in' END,
                       CASE WHEN d.outcome = 'exited' THEN d.wanted ELSE 0 END
                FROM (VALUES (1)) AS one (x) LEFT JOIN decided d ON true
                WHERE d.outcome IS DISTINCT FROM 'choose-seats'
                ON CONFLICT ON CONSTRAINT invitation_scans_nonce_unique DO NOTHING
                RETURNING id, invitation_id, outcome, seats_admitted, seats_left, scanned_at, seats_exited, list_id
            ), counted AS (
                UPDATE invitations i
                SET scan_count = i.scan_count + 1, updated_at = s.scanned_at,
                    seats_admitted = i.seats_admitted + CASE WHEN d.plain THEN s.seats_admitted ELSE 0 END,
                    list_seats = CASE WHEN d.plain OR s.seats_admitted + s.seats_exited = 0 THEN i.list_seats
                                      ELSE jsonb_set(i.list_seats, ARRAY[CAST(d.list_id AS text)], jsonb_build_object(
                                          'admitted', d.was_admitted + greatest(s.seats_admitted - d.outside, 0),
                                          'inside', d.was_inside + s.seats_admitted - s.seats_exited)) END,
                    status = CASE WHEN d.plain AND s.seats_admitted > 0 THEN 'scanned' ELSE i.status END,
                    scanned_at = CASE WHEN d.plain AND s.seats_admitted > 0 THEN coalesce(i.scanned_at, s.scanned_at)
                                      ELSE i.scanned_at END
                FROM scan s, decided d WHERE i.id = s.invitation_id AND d.id = s.invitation_id
                RETURNING i.id
            )
            SELECT s.id, s.outcome, s.seats_admitted, s.seats_left, s.scanned_at,
                   d.id, d.seats, d.recipient_name, d.email, d.number, d.type, d.scanned_at,
                   d.outcome, d.left_before, d.guest_id, s.seats_exited,
                   CASE WHEN d.plain THEN NULL ELSE d.was_inside + coalesce(s.seats_admitted, 0)
                        - coalesce(s.seats_exited, 0) END, s.list_id, d.expires_at
            FROM (VALUES (1)) AS one (x)
            LEFT JOIN scan s ON true
            LEFT JOIN decided d ON true""";

    private static final String BY_TOKEN = ADMIT.formatted("token = ?");
    private static final String BY_ID_IN_EVENT = ADMIT.formatted("id = CAST(? AS uuid) AND event_id = CAST(? AS uuid)");

    private static final String FIRST_ADMISSION = """
            SELECT scanned_at, station FROM invitation_scans
            WHERE invitation_id = ? AND seats_admitted > 0 AND reverted_at IS NULL
              AND (CAST(? AS uuid) IS NULL OR list_id = CAST(? AS uuid))
            ORDER BY scanned_at, id LIMIT 1""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    /** The code as the locked row showed it (null fields when the token is unknown). */
    public record Code(UUID id, int seats, String recipientName, String email, String number, InvitationType type,
                       OffsetDateTime scannedAt, UUID guestId, OffsetDateTime expiresAt) {
    }

    /** Which code an attempt is for: the scanned token, or an invitation of the station's event. */
    public record Lookup(String token, UUID invitationId, UUID eventId) {

        public static Lookup byToken(String token) {
            return new Lookup(token, null, null);
        }

        public static Lookup byId(UUID invitationId, UUID eventId) {
            return new Lookup(null, invitationId, eventId);
        }
    }

    /**
     * What the statement did: the scan it recorded (null when the nonce was already recorded,
     * see {@link #replay()}, or when the station is to choose a count, see
     * {@link ScanOutcome#choose_seats}), the code (null when unknown), the seats left before this
     * attempt, and for already-used the first admission that is still standing. On a list with
     * exits: the seats an exit let out, and how many of the code's party are inside now (null on
     * the default list, where everyone admitted is inside).
     */
    public record Recorded(UUID scanId, ScanOutcome outcome, int seatsAdmitted, Integer seatsLeft,
                           OffsetDateTime scannedAt, Code code, FirstAdmission firstUse, int seatsExited,
                           Integer seatsInside) {

        public boolean replay() {
            return scanId == null && outcome != ScanOutcome.choose_seats;
        }
    }

    /**
     * Decides and records one attempt; {@code wanted} null means every seat left, unless
     * {@code askSeats}: then a code with more than one seat left (or partly used) is answered
     * {@link ScanOutcome#choose_seats} and nothing changes.
     */
    public Recorded admit(Lookup lookup, Integer wanted, boolean askSeats, InvitationScan.Attempt attempt,
                          OffsetDateTime now) {
        return admit(lookup, Door.DEFAULT, wanted, askSeats, attempt, now);
    }

    /** Where a station stands: its list (null: the event's default list), its gate, entry or exit. */
    public record Door(UUID listId, String gate, boolean exit) {
        /** The event's door as before lists: its default list, no gate, entries. */
        public static final Door DEFAULT = new Door(null, null, false);
    }

    /** As {@link #admit(Lookup, Integer, boolean, InvitationScan.Attempt, OffsetDateTime)}, at this door. */
    public Recorded admit(Lookup lookup, Door door, Integer wanted, boolean askSeats, InvitationScan.Attempt attempt,
                          OffsetDateTime now) {
        UUID scanId = UUID.randomUUID();
        UUID stationEvent = attempt.stationEventId();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(lookup.token() != null ? BY_TOKEN
                     : BY_ID_IN_EVENT)) {
            int p = 1;
            if (lookup.token() != null) {
                statement.setString(p++, lookup.token());
            } else {
                statement.setObject(p++, lookup.invitationId(), Types.OTHER);
                statement.setObject(p++, lookup.eventId(), Types.OTHER);
            }
            statement.setObject(p++, door.listId(), Types.OTHER);
            statement.setObject(p++, stationEvent, Types.OTHER);
            statement.setObject(p++, stationEvent, Types.OTHER);
            statement.setObject(p++, now);
            statement.setObject(p++, now);
            statement.setBoolean(p++, door.exit());
            statement.setObject(p++, stationEvent, Types.OTHER);
            statement.setObject(p++, stationEvent, Types.OTHER);
            statement.setObject(p++, now);
            setInteger(statement, p++, wanted);
            statement.setBoolean(p++, askSeats && !door.exit());
            setInteger(statement, p++, wanted);
            setInteger(statement, p++, wanted);
            setInteger(statement, p++, wanted);
            statement.setObject(p++, scanId, Types.OTHER);
            statement.setObject(p++, stationEvent, Types.OTHER);
            statement.setObject(p++, now);
            statement.setString(p++, attempt.station());
            statement.setObject(p++, attempt.scannedBy(), Types.OTHER);
            statement.setString(p++, attempt.deviceInfo());
            statement.setString(p++, attempt.nonce());
            statement.setString(p++, attempt.source().name());
            statement.setString(p++, door.gate());
            statement.setBoolean(p, door.exit());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Code code = row.getObject(6) == null ? null : new Code(row.getObject(6, UUID.class), row.getInt(7),
                        row.getString(8), row.getString(9), row.getString(10), InvitationType.valueOf(row.getString(11)),
                        row.getObject(12, OffsetDateTime.class), row.getObject(15, UUID.class),
                        row.getObject(19, OffsetDateTime.class));
                if (row.getObject(1) == null) {
                    if (ScanOutcome.choose_seats.wire().equals(row.getString(13))) {
                        return new Recorded(null, ScanOutcome.choose_seats, 0, row.getInt(14), now, code,
                                FirstAdmission.NONE, 0, null);
                    }
                    return new Recorded(null, null, 0, null, null, code, null, 0, null);
                }
                ScanOutcome outcome = ScanOutcome.ofWire(row.getString(2));
                UUID listId = row.getObject(18, UUID.class);
                FirstAdmission firstUse = outcome == ScanOutcome.already_used
                        ? firstAdmission(connection, code.id(), listId, code.scannedAt()) : FirstAdmission.NONE;
                return new Recorded(row.getObject(1, UUID.class), outcome, row.getInt(3), (Integer) row.getObject(4),
                        row.getObject(5, OffsetDateTime.class), code, firstUse, row.getInt(16),
                        (Integer) row.getObject(17));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a scan", e);
        }
    }

    /** When and where a code was first used: the earliest admission of it that is still standing. */
    public record FirstAdmission(OffsetDateTime at, String station) {
        /** What an answer other than already-used says about the first use: nothing. */
        public static final FirstAdmission NONE = new FirstAdmission(null, null);
    }

    /**
     * The one rule for "first used": the earliest admission not undone (on the list, when given); when none is on record
     * (codes admitted before scans were recorded), the code's own first-admission time and no station.
     */
    public FirstAdmission firstAdmission(UUID invitationId, UUID listId, OffsetDateTime codeScannedAt) {
        try (Connection connection = dataSource.getConnection()) {
            return firstAdmission(connection, invitationId, listId, codeScannedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the first admission of invitation " + invitationId, e);
        }
    }

    /**
     * A statement of its own, after the admission statement: an admission that used the code up
     * and committed while this attempt waited for the row lock is seen only by a new snapshot.
     */
    private static FirstAdmission firstAdmission(Connection connection, UUID invitationId, UUID listId,
                                                 OffsetDateTime codeScannedAt) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(FIRST_ADMISSION)) {
            first.setObject(1, invitationId);
            first.setObject(2, listId, Types.OTHER);
            first.setObject(3, listId, Types.OTHER);
            try (ResultSet row = first.executeQuery()) {
                return row.next() ? new FirstAdmission(row.getObject(1, OffsetDateTime.class), row.getString(2))
                        : new FirstAdmission(codeScannedAt, null);
            }
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
