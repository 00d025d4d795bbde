package dev.usher.offline.control;

import dev.usher.checkin.control.Admissions;
import dev.usher.checkin.entity.InvitationScan;
import dev.usher.checkin.entity.ScanOutcome;
import dev.usher.checkin.entity.ScanSource;
import dev.usher.offline.boundary.DoorConflict;
import dev.usher.offline.boundary.OfflineScanInput;
import dev.usher.offline.boundary.UploadedScan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.usher.platform.database.NativeTimes.utc;

/**
 * Stores what an offline station admitted, once per nonce, and applies it through the door's
 * own statement ({@link Admissions}): the server's seat count stays the one truth. An admission
 * the server cannot honour any more (the seats went to another device or station meanwhile, the
 * code was revoked, the invitation is not the event's) already happened at the door, so it is
 * not refused but recorded as a conflict, with the device and its clock, for organizers to see.
 */
@Dependent
public class OfflineAdmissions {

    private static final String INSERT = """
            INSERT INTO offline_scans (event_id, nonce, invitation_id, device, station, device_time, seats,
                                       uploaded_at, uploaded_by, outcome, conflict)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending', false)
            ON CONFLICT (event_id, nonce) DO NOTHING""";

    private static final String CONFLICTS = """
            SELECT o.invitation_id, i.number, i.recipient_name, coalesce(i.seats, 0), o.outcome, o.station, o.device,
                   o.device_time, o.seats, o.uploaded_at
            FROM offline_scans o LEFT JOIN invitations i ON i.id = o.invitation_id AND i.event_id = o.event_id
            WHERE o.event_id = ?1 AND o.conflict
            ORDER BY o.device_time, o.nonce LIMIT 500""";

    /** The standing admissions of one invitation, with the device and clock of those made offline. */
    private static final String HONOURED = """
            SELECT s.station, coalesce(o.device, s.device_info ->> 'id'), coalesce(o.device_time, s.scanned_at),
                   s.seats_admitted, o.nonce IS NOT NULL, o.uploaded_at
            FROM invitation_scans s LEFT JOIN offline_scans o ON o.scan_id = s.id
            WHERE s.invitation_id = ?1 AND s.seats_admitted > 0 AND s.reverted_at IS NULL
            ORDER BY 3""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Admissions admissions;

    public UploadedScan store(UUID eventId, String station, String device, OfflineScanInput scan, UUID caller) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int inserted = em.createNativeQuery(INSERT)
                .setParameter(1, eventId).setParameter(2, scan.nonce()).setParameter(3, scan.invitationId())
                .setParameter(4, device).setParameter(5, station).setParameter(6, scan.at())
                .setParameter(7, scan.seats()).setParameter(8, now).setParameter(9, caller)
                .executeUpdate();
        if (inserted == 0) {
            Object[] earlier = (Object[]) em.createNativeQuery(
                            "SELECT outcome, conflict FROM offline_scans WHERE event_id = ?1 AND nonce = ?2")
                    .setParameter(1, eventId).setParameter(2, scan.nonce()).getSingleResult();
            return new UploadedScan(scan.nonce(), (String) earlier[0], (Boolean) earlier[1], true);
        }
        String deviceInfo = Json.createObjectBuilder().add("id", device).add("offline", true)
                .add("deviceTime", scan.at().toString()).build().toString();
        var attempt = new InvitationScan.Attempt(station, eventId, caller, deviceInfo, scan.nonce(), ScanSource.offline);
        Admissions.Recorded recorded = admissions.admit(Admissions.Lookup.byId(scan.invitationId(), eventId),
                scan.seats(), false, attempt, now);
        UUID scanId = recorded.scanId();
        ScanOutcome outcome = recorded.outcome();
        if (recorded.replay()) {
            // The station had sent this nonce online and lost the answer: the attempt then stands.
            InvitationScan first = em.createNamedQuery(InvitationScan.FIND_BY_NONCE, InvitationScan.class)
                    .setParameter("invitationId", scan.invitationId()).setParameter("nonce", scan.nonce())
                    .getSingleResult();
            scanId = first.id();
            outcome = first.outcome();
        }
        boolean conflict = outcome != ScanOutcome.admitted;
        em.createNativeQuery("UPDATE offline_scans SET scan_id = ?1, outcome = ?2, conflict = ?3"
                        + " WHERE event_id = ?4 AND nonce = ?5")
                .setParameter(1, scanId).setParameter(2, outcome.wire()).setParameter(3, conflict)
                .setParameter(4, eventId).setParameter(5, scan.nonce()).executeUpdate();
        return new UploadedScan(scan.nonce(), outcome.wire(), conflict, false);
    }

    public List<DoorConflict> conflicts(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CONFLICTS).setParameter(1, eventId).getResultList();
        List<DoorConflict> conflicts = new ArrayList<>();
        for (Object[] r : rows) {
            UUID invitationId = (UUID) r[0];
            var offline = new DoorConflict.Admission((String) r[5], (String) r[6], utc(r[7]), ((Number) r[8]).intValue(),
                    true, utc(r[9]));
            conflicts.add(new DoorConflict(invitationId, (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    (String) r[4], offline, r[1] == null ? List.of() : honoured(invitationId)));
        }
        return conflicts;
    }

    private List<DoorConflict.Admission> honoured(UUID invitationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HONOURED).setParameter(1, invitationId).getResultList();
        return rows.stream().map(r -> new DoorConflict.Admission((String) r[0], (String) r[1], utc(r[2]),
                ((Number) r[3]).intValue(), (Boolean) r[4], utc(r[5]))).toList();
    }

    /** EclipseLink hands timestamptz back as a java.sql.Timestamp or an OffsetDateTime, by driver version. */}
