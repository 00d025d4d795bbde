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
     * station's event (a guest found by name). Parameters after it: the station's event (twice),
     * whether to ask for a count, the seats wanted (three times), then the scan's columns.
     */
    private static final String ADMIT = """
            WITH locked AS (
                SELECT id, event_id, guest_id, status, seats, seats_admitted, recipient_name, email, number, type,
                       scanned_at
                FROM invitations WHERE %s FOR UPDATE
            ), decided AS (
                SELECT l.*, l.seats - l.seats_admitted AS left_before,
                       CASE WHEN l.status = 'revoked' THEN 'revoked'
                            WHEN CAST(? AS uuid) IS NOT NULL AND l.event_id IS NOT NULL
                                 AND l.event_id <> CAST(? AS uuid) THEN 'wrong-event'
                            WHEN l.seats - l.seats_admitted = 0 THEN 'already-used'
                            WHEN CAST(? AS boolean) AND CAST(? AS integer) IS NULL
                                 AND (l.seats - l.seats_admitted > 1 OR l.seats_admitted > 0) THEN 'choose-seats'
                            WHEN coalesce(CAST(? AS integer), l.seats - l.seats_admitted) > l.seats - l.seats_admitted
                                 THEN 'not-enough-seats'
                            ELSE 'admitted' END AS outcome,
                       coalesce(CAST(? AS integer), l.seats - l.seats_admitted) AS wanted
                FROM locked l
            ), scan AS (
                INSERT INTO invitation_scans (id, invitation_id, station_event_id, scanned_at, station, scanned_by,
                                              device_info, outcome, seats_admitted, seats_left, nonce, source)
                SELECT CAST(? AS uuid), d.id, CAST(? AS uuid), CAST(? AS timestamptz), ?, CAST(? AS uuid),
                       CAST(? AS jsonb), coalesce(d.outcome, 'unknown'),
                       CASE WHEN d.outcome = 'admitted' THEN d.wanted ELSE 0 END,
                       CASE d.outcome WHEN 'admitted' THEN d.left_before - d.wanted
                                      WHEN 'already-used' THEN 0
                                      WHEN 'not-enough-seats' THEN d.left_before END,
                       CASE WHEN d.id IS NOT NULL THEN CAST(? AS text) END, ?
                FROM (VALUES (1)) AS one (x) LEFT JOIN decided d ON true
                WHERE d.outcome IS DISTINCT FROM 'choose-seats'
                ON CONFLICT ON CONSTRAINT invitation_scans_nonce_unique DO NOTHING
                RETURNING id, invitation_id, outcome, seats_admitted, seats_left, scanned_at
            ), counted AS (
                UPDATE invitations i
                SET scan_count = i.scan_count + 1, updated_at = s.scanned_at,
                    seats_admitted = i.seats_admitted + s.seats_admitted,
                    status = CASE WHEN s.seats_admitted > 0 THEN 'scanned' ELSE i.status END,
                    scanned_at = CASE WHEN s.seats_admitted > 0 THEN coalesce(i.scanned_at, s.scanned_at)
                                      ELSE i.scanned_at END
                FROM scan s WHERE i.id = s.invitation_id
                RETURNING i.id
            )
            SELECT s.id, s.outcome, s.seats_admitted, s.seats_left, s.scanned_at,
                   d.id, d.seats, d.recipient_name, d.email, d.number, d.type, d.scanned_at,
                   d.outcome, d.left_before, d.guest_id
            FROM (VALUES (1)) AS one (x)
            LEFT JOIN scan s ON true
            LEFT JOIN decided d ON true""";

    private static final String BY_TOKEN = ADMIT.formatted("token = ?");
    private static final String BY_ID_IN_EVENT = ADMIT.formatted("id = CAST(? AS uuid) AND event_id = CAST(? AS uuid)");

    private static final String FIRST_ADMISSION = """
            SELECT scanned_at, station FROM invitation_scans
            WHERE invitation_id = ? AND seats_admitted > 0 AND reverted_at IS NULL
            ORDER BY scanned_at, id LIMIT 1""";

    @Resource(lookup = "jdbc/usher")
    DataSource dataSource;

    /** The code as the locked row showed it (null fields when the token is unknown). */
    public record Code(UUID id, int seats, String recipientName, String email, String number, InvitationType type,
                       OffsetDateTime scannedAt, UUID guestId) {
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
     * attempt, and for already-used the first admission that is still standing.
     */
    public record Recorded(UUID scanId, ScanOutcome outcome, int seatsAdmitted, Integer seatsLeft,
                           OffsetDateTime scannedAt, Code code, FirstAdmission firstUse) {

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
        UUID scanId = UUID.randomUUID();
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
            statement.setObject(p++, attempt.stationEventId(), Types.OTHER);
            statement.setObject(p++, attempt.stationEventId(), Types.OTHER);
            statement.setBoolean(p++, askSeats);
            setInteger(statement, p++, wanted);
            setInteger(statement, p++, wanted);
            setInteger(statement, p++, wanted);
            statement.setObject(p++, scanId, Types.OTHER);
            statement.setObject(p++, attempt.stationEventId(), Types.OTHER);
            statement.setObject(p++, now);
            statement.setString(p++, attempt.station());
            statement.setObject(p++, attempt.scannedBy(), Types.OTHER);
            statement.setString(p++, attempt.deviceInfo());
            statement.setString(p++, attempt.nonce());
            statement.setString(p, attempt.source().name());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Code code = row.getObject(6) == null ? null : new Code(row.getObject(6, UUID.class), row.getInt(7),
                        row.getString(8), row.getString(9), row.getString(10), InvitationType.valueOf(row.getString(11)),
                        row.getObject(12, OffsetDateTime.class), row.getObject(15, UUID.class));
                if (row.getObject(1) == null) {
                    if (ScanOutcome.choose_seats.wire().equals(row.getString(13))) {
                        return new Recorded(null, ScanOutcome.choose_seats, 0, row.getInt(14), now, code,
                                FirstAdmission.NONE);
                    }
                    return new Recorded(null, null, 0, null, null, code, null);
                }
                ScanOutcome outcome = ScanOutcome.ofWire(row.getString(2));
                FirstAdmission firstUse = outcome == ScanOutcome.already_used
                        ? firstAdmission(connection, code.id(), code.scannedAt()) : FirstAdmission.NONE;
                return new Recorded(row.getObject(1, UUID.class), outcome, row.getInt(3), (Integer) row.getObject(4),
                        row.getObject(5, OffsetDateTime.class), code, firstUse);
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
     * The one rule for "first used": the earliest admission not undone; when none is on record
     * (codes admitted before scans were recorded), the code's own first-admission time and no station.
     */
    public FirstAdmission firstAdmission(UUID invitationId, OffsetDateTime codeScannedAt) {
        try (Connection connection = dataSource.getConnection()) {
            return firstAdmission(connection, invitationId, codeScannedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the first admission of invitation " + invitationId, e);
        }
    }

    /**
     * A statement of its own, after the admission statement: an admission that used the code up
     * and committed while this attempt waited for the row lock is seen only by a new snapshot.
     */
    private static FirstAdmission firstAdmission(Connection connection, UUID invitationId,
                                                 OffsetDateTime codeScannedAt) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(FIRST_ADMISSION)) {
            first.setObject(1, invitationId);
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
