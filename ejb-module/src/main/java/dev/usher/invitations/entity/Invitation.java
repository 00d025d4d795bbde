package dev.usher.invitations.entity;

import dev.usher.events.entity.Event;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * One invitation and its QR code. The token is set once and never shown in a listing; the
 * seats admitted never exceed the seats (the database checks it too). Admissions are made by
 * one SQL statement (checkin's {@code Admissions}); only their undo goes through this entity,
 * under a row lock taken by the check-in boundary.
 */
@Entity
@Table(name = "invitations")
@NamedQuery(name = Invitation.FIND_BY_TOKEN, query = "select i from Invitation i where i.token = :token")
public class Invitation {

    public static final String FIND_BY_TOKEN = "Invitation.findByToken";

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(nullable = false)
    private String email;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", updatable = false)
    private Event event;

    /** The event's id without loading the event: the door compares it on every scan. */
    @Column(name = "event_id", insertable = false, updatable = false)
    private UUID eventId;

    @Column(name = "guest_id", updatable = false)
    private UUID guestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationType type;

    @Column(name = "custom_message")
    private String customMessage;

    private int seats;

    /** Set when someone chose the seats; otherwise a household's code follows its confirmed members. */
    @Column(name = "seats_fixed")
    private boolean seatsFixed;

    @Column(name = "seats_admitted")
    private int seatsAdmitted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "scanned_at")
    private OffsetDateTime scannedAt;

    @Column(name = "scan_count")
    private int scanCount;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    /** From this instant on the code admits no one more ({@link InvitationExpiry}); null: never. */
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_by")
    private UUID revokedBy;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Invitation() {
        // for JPA
    }

    /**
     * @param event   null for a general invitation
     * @param guestId the guest of {@code event} it is for, or null
     */
    public Invitation(String number, String token, Recipient recipient, Event event, UUID guestId, UUID createdBy) {
        if (guestId != null && event == null) {
            throw new IllegalArgumentException("An invitation for a guest belongs to the guest's event");
        }
        this.id = UUID.randomUUID();
        this.number = Objects.requireNonNull(number, "number");
        this.token = Objects.requireNonNull(token, "token");
        this.event = event;
        this.eventId = event == null ? null : event.id();
        this.guestId = guestId;
        this.createdBy = createdBy;
        this.status = InvitationStatus.pending;
        this.createdAt = now();
        this.updatedAt = createdAt;
        this.recipientName = recipient.name();
        this.email = recipient.email();
        this.phone = recipient.phone();
        this.type = recipient.type();
        this.customMessage = recipient.customMessage();
        this.seats = recipient.seats();
    }

    /** The SMTP server (or the .eml folder) accepted a message for it. */
    public void sent(OffsetDateTime at) {
        if (sentAt == null) {
            sentAt = at;
            if (expiresAt == null && event != null) {
                // The event's default counts from the first send; a resend renews only when asked.
                expiresAt = InvitationExpiry.fromDefault(event.invitationExpiryDays(), at);
            }
        }
        failureReason = null;
        if (status == InvitationStatus.pending || status == InvitationStatus.failed) {
            status = InvitationStatus.sent;
        }
        touch();
    }

    /**
     * A send failed for good. A code that already went out once stays {@code sent} (or
     * further): the failure of a resend is in the delivery ledger and {@code failureReason}.
     */
    public void sendFailed(String reason) {
        failureReason = reason;
        if (status == InvitationStatus.pending) {
            status = InvitationStatus.failed;
        }
        touch();
    }

    /** The recipient's mail client fetched the tracking pixel. */
    public void opened(OffsetDateTime at) {
        if (openedAt == null) {
            openedAt = at;
        }
        if (status == InvitationStatus.pending || status == InvitationStatus.sent
                || status == InvitationStatus.delivered || status == InvitationStatus.failed) {
            status = InvitationStatus.opened;
        }
        touch();
    }

    /** The code stops admitting; the row and its scans stay for the record. */
    public void revoke(UUID by) {
        if (status != InvitationStatus.revoked) {
            status = InvitationStatus.revoked;
            revokedAt = now();
            revokedBy = by;
            touch();
        }
    }

    /** Sets (or with null, clears) the instant the code stops admitting; the boundary has checked it. */
    public void expireAt(OffsetDateTime at) {
        if (!Objects.equals(expiresAt, at)) {
            expiresAt = at;
            touch();
        }
    }

    /**
     * The event's default applied again from now, as at a first send; none when the event has no
     * default (or the invitation no event).
     */
    public void renewExpiryFromEvent(OffsetDateTime now) {
        expireAt(event == null ? null : InvitationExpiry.fromDefault(event.invitationExpiryDays(), now));
    }

    public boolean expired(OffsetDateTime now) {
        return InvitationExpiry.expired(expiresAt, now);
    }

    /** Never handed to SMTP successfully: a draft, or a send that failed. */
    public boolean awaitingSend() {
        return status == InvitationStatus.pending || status == InvitationStatus.failed;
    }

    public boolean revoked() {
        return status == InvitationStatus.revoked;
    }

    /** The seats stay as chosen, whatever the household answers. */
    public void fixSeats() {
        seatsFixed = true;
    }

    /**
     * A household's code admits its members who said yes, unless the seats were fixed or the
     * code is revoked; never fewer than one, nor fewer than already admitted.
     */
    public void followHousehold(int attending) {
        if (!seatsFixed && status != InvitationStatus.revoked) {
            int wanted = Math.max(Math.max(attending, 1), seatsAdmitted);
            if (wanted != seats) {
                seats = wanted;
                touch();
            }
        }
    }

    public boolean seatsFixed() {
        return seatsFixed;
    }

    public int seatsLeft() {
        return seats - seatsAdmitted;
    }

    /** Takes back an admission made by mistake; with nobody admitted any more, the status goes back. */
    public void unadmit(int count) {
        if (count < 1 || count > seatsAdmitted) {
            throw new IllegalArgumentException("Cannot take back " + count + " of " + seatsAdmitted + " admitted");
        }
        seatsAdmitted -= count;
        if (seatsAdmitted == 0) {
            scannedAt = null;
            if (status == InvitationStatus.scanned) {
                status = openedAt != null ? InvitationStatus.opened
                        : deliveredAt != null ? InvitationStatus.delivered
                        : sentAt != null ? InvitationStatus.sent
                        : failureReason != null ? InvitationStatus.failed
                        : InvitationStatus.pending;
            }
        }
        touch();
    }

    private void touch() {
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Recipient recipient() {
        return new Recipient(recipientName, email, phone, type, customMessage, seats);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String token() {
        return token;
    }

    public Event event() {
        return event;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID guestId() {
        return guestId;
    }

    public InvitationType type() {
        return type;
    }

    public int seats() {
        return seats;
    }

    public int seatsAdmitted() {
        return seatsAdmitted;
    }

    public InvitationStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime scannedAt() {
        return scannedAt;
    }

    public int scanCount() {
        return scanCount;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
