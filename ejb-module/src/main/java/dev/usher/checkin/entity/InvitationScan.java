package dev.usher.checkin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * One scan attempt at a door, admitted or not. Ids are plain columns: a scan of an unknown code
 * has no invitation, and the record must outlive the station's user.
 */
@Entity
@Table(name = "invitation_scans")
@NamedQuery(name = InvitationScan.FIND_BY_NONCE,
        query = "select s from InvitationScan s where s.invitationId = :invitationId and s.nonce = :nonce")
@NamedQuery(name = InvitationScan.FIND_BY_INVITATION,
        query = "select s from InvitationScan s where s.invitationId = :invitationId order by s.scannedAt, s.id")
public class InvitationScan {

    public static final String FIND_BY_NONCE = "InvitationScan.findByNonce";
    public static final String FIND_BY_INVITATION = "InvitationScan.findByInvitation";

    @Id
    private UUID id;

    @Column(name = "invitation_id", updatable = false)
    private UUID invitationId;

    @Column(name = "station_event_id", updatable = false)
    private UUID stationEventId;

    @Column(name = "scanned_at", nullable = false, updatable = false)
    private OffsetDateTime scannedAt;

    @Column(nullable = false, updatable = false)
    private String station;

    @Column(name = "scanned_by", updatable = false)
    private UUID scannedBy;

    /** What the station said about itself (JSON), as sent. */
    @Column(name = "device_info", updatable = false)
    private String deviceInfo;

    @Convert(converter = ScanOutcome.Column.class)
    @Column(nullable = false, updatable = false)
    private ScanOutcome outcome;

    @Column(name = "seats_admitted", updatable = false)
    private int seatsAdmitted;

    @Column(name = "seats_left", updatable = false)
    private Integer seatsLeft;

    @Column(updatable = false)
    private String nonce;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ScanSource source;

    /** The check-in list, gate and direction (V18): written by the admission statement only. */
    @Column(name = "list_id", insertable = false, updatable = false)
    private UUID listId;

    @Column(insertable = false, updatable = false)
    private String gate;

    @Column(name = "seats_exited", insertable = false, updatable = false)
    private int seatsExited;

    @Column(name = "reverted_at")
    private OffsetDateTime revertedAt;

    @Column(name = "reverted_by")
    private UUID revertedBy;

    protected InvitationScan() {
        // for JPA
    }

    /** What a station sent, and who it was. */
    public record Attempt(String station, UUID stationEventId, UUID scannedBy, String deviceInfo, String nonce,
                          ScanSource source) {
        public Attempt {
            Objects.requireNonNull(station, "station");
            Objects.requireNonNull(source, "source");
        }
    }

    public InvitationScan(UUID invitationId, Attempt attempt, ScanOutcome outcome, int seatsAdmitted,
                          Integer seatsLeft, OffsetDateTime at) {
        if (seatsAdmitted > 0 && outcome != ScanOutcome.admitted) {
            throw new IllegalArgumentException("Only an admission admits seats");
        }
        this.id = UUID.randomUUID();
        this.invitationId = invitationId;
        this.stationEventId = attempt.stationEventId();
        this.station = attempt.station();
        this.scannedBy = attempt.scannedBy();
        this.deviceInfo = attempt.deviceInfo();
        this.nonce = invitationId == null ? null : attempt.nonce();
        this.source = attempt.source();
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.seatsAdmitted = seatsAdmitted;
        this.seatsLeft = seatsLeft;
        this.scannedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Marks this admission as a mistake; the caller gives the seats back to the invitation. */
    public void revert(UUID by) {
        if (seatsAdmitted == 0) {
            throw new IllegalStateException("Scan " + id + " admitted nobody");
        }
        if (revertedAt != null) {
            throw new IllegalStateException("Scan " + id + " is already undone");
        }
        revertedAt = OffsetDateTime.now(ZoneOffset.UTC);
        revertedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID invitationId() {
        return invitationId;
    }

    public UUID stationEventId() {
        return stationEventId;
    }

    public OffsetDateTime scannedAt() {
        return scannedAt;
    }

    public String station() {
        return station;
    }

    public UUID scannedBy() {
        return scannedBy;
    }

    public ScanOutcome outcome() {
        return outcome;
    }

    public int seatsAdmitted() {
        return seatsAdmitted;
    }

    public Integer seatsLeft() {
        return seatsLeft;
    }

    public String nonce() {
        return nonce;
    }

    public ScanSource source() {
        return source;
    }

    public UUID listId() {
        return listId;
    }

    public String gate() {
        return gate;
    }

    public int seatsExited() {
        return seatsExited;
    }

    public OffsetDateTime revertedAt() {
        return revertedAt;
    }

    public UUID revertedBy() {
        return revertedBy;
    }
}
