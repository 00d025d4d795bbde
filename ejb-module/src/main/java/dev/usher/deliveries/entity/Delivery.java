package dev.usher.deliveries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One outbound message. Ids of the event, guest, invitation and broadcast are plain columns,
 * not relations: the ledger outlives guests and must not load them to record a status.
 */
@Entity
@Table(name = "deliveries")
@NamedQuery(name = Delivery.FIND_BY_PROVIDER_ID,
        query = "select d from Delivery d where d.channel = :channel and d.providerMessageId = :providerMessageId")
@NamedQuery(name = Delivery.FIND_BY_BROADCAST_AND_GUEST,
        query = "select d from Delivery d where d.broadcastId = :broadcastId and d.guestId = :guestId"
                + " and d.channel = :channel")
@NamedQuery(name = Delivery.FIND_BY_BROADCAST_AND_INVITATION,
        query = "select d from Delivery d where d.broadcastId = :broadcastId and d.invitationId = :invitationId")
@NamedQuery(name = Delivery.FIND_IN_DOUBT_FOR_INVITATION,
        query = "select d from Delivery d where d.invitationId = :invitationId and d.channel = :channel"
                + " and d.state = :sending and d.sendingAt < :before")
@NamedQuery(name = Delivery.FIND_LATEST_TO_GUEST_AT,
        query = "select d from Delivery d where d.channel = :channel and d.recipient = :recipient"
                + " and d.guestId is not null order by d.queuedAt desc, d.id")
@NamedQuery(name = Delivery.FIND_LATEST_OF_KIND_FOR_GUEST,
        query = "select d from Delivery d where d.guestId = :guestId and d.kind = :kind and d.state <> :failed"
                + " order by d.queuedAt desc, d.id")
@NamedQuery(name = Delivery.FIND_QUEUED_OF_KIND_BEFORE,
        query = "select d.id from Delivery d where d.kind = :kind and d.state = :queued and d.queuedAt < :before"
                + " order by d.queuedAt")
public class Delivery {

    /** Kinds of e-mail to an event's members rather than its guests (see {@link #TO_MEMBERS}). */
    public static final String MEMBER_INVITATION = "member-invitation";
    public static final String RSVP_DIGEST = "rsvp-digest";

    /**
     * E-mails to the event's members rather than its guests: the ledger keeps them like every e-mail
     * (sent once, in doubt after a crash), but the event's message history and its totals list the
     * guests' messages only.
     */
    public static final List<String> TO_MEMBERS = List.of(MEMBER_INVITATION, RSVP_DIGEST);

    public static final String FIND_BY_PROVIDER_ID = "Delivery.findByProviderId";
    public static final String FIND_BY_BROADCAST_AND_GUEST = "Delivery.findByBroadcastGuestAndChannel";
    public static final String FIND_BY_BROADCAST_AND_INVITATION = "Delivery.findByBroadcastAndInvitation";
    public static final String FIND_LATEST_TO_GUEST_AT = "Delivery.findLatestToGuestAt";
    public static final String FIND_IN_DOUBT_FOR_INVITATION = "Delivery.findInDoubtForInvitation";
    public static final String FIND_LATEST_OF_KIND_FOR_GUEST = "Delivery.findLatestOfKindForGuest";
    public static final String FIND_QUEUED_OF_KIND_BEFORE = "Delivery.findQueuedOfKindBefore";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "guest_id")
    private UUID guestId;

    @Column(name = "invitation_id")
    private UUID invitationId;

    @Column(name = "broadcast_id")
    private UUID broadcastId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String kind;

    /** The message as sent (JSON), so it can be shown, resent or sent again on another channel. */
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryState state;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "error_reason")
    private String errorReason;

    private int attempts;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    @Column(name = "sending_at")
    private OffsetDateTime sendingAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "failed_at")
    private OffsetDateTime failedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Delivery() {
        // for JPA
    }

    public Delivery(Channel channel, String recipient, String kind, DeliveryRefs refs, String content) {
        this.id = UUID.randomUUID();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.eventId = refs.eventId();
        this.guestId = refs.guestId();
        this.invitationId = refs.invitationId();
        this.broadcastId = refs.broadcastId();
        this.createdBy = refs.createdBy();
        this.content = content;
        this.state = DeliveryState.queued;
        this.queuedAt = now();
        this.updatedAt = queuedAt;
    }

    /** About to hand the message to the provider: one more attempt. */
    public void sending() {
        if (state != DeliveryState.queued && state != DeliveryState.sending && state != DeliveryState.failed) {
            throw new IllegalStateException("Delivery " + id + " is already " + state);
        }
        state = DeliveryState.sending;
        attempts++;
        sendingAt = now();
        errorCode = null;
        errorReason = null;
        updatedAt = sendingAt;
    }

    /**
     * Sends a record that never went out (still queued, or failed) again, to the recipient and
     * with the content as they are now: a guest may have got a phone number since.
     */
    public void resend(String recipient, String content) {
        if (state != DeliveryState.queued && state != DeliveryState.failed) {
            throw new IllegalStateException("Delivery " + id + " is " + state + " and cannot be sent again");
        }
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.content = content;
        sending();
    }

    /** The provider accepted the message under this id (null when it gives none, as SMTP). */
    public void sent(String providerMessageId) {
        this.providerMessageId = providerMessageId;
        advance(DeliveryState.sent, now());
    }

    /** @return whether anything changed (a failure after delivery, or a repeat, changes nothing) */
    public boolean failed(String code, String reason, OffsetDateTime at) {
        if (state.canMoveTo(DeliveryState.failed) || state == DeliveryState.sending) {
            state = DeliveryState.failed;
            errorCode = code;
            errorReason = reason;
            failedAt = at;
            updatedAt = now();
            return true;
        }
        return false;
    }

    /**
     * Applies a status the provider reported at {@code at}. Repeated and out-of-order reports
     * change nothing: a {@code read} is never overwritten by a late {@code delivered}.
     *
     * @return whether anything changed
     */
    public boolean advance(DeliveryState next, OffsetDateTime at) {
        if (!state.canMoveTo(next)) {
            return false;
        }
        switch (next) {
            case sent -> sentAt = firstOf(sentAt, at);
            case delivered -> {
                sentAt = firstOf(sentAt, at);
                deliveredAt = firstOf(deliveredAt, at);
            }
            case read, opened -> {
                sentAt = firstOf(sentAt, at);
                deliveredAt = firstOf(deliveredAt, at);
                readAt = firstOf(readAt, at);
            }
            default -> {
                // queued and sending are set by the sender, failed by failed()
            }
        }
        state = next;
        updatedAt = now();
        return true;
    }

    private static OffsetDateTime firstOf(OffsetDateTime current, OffsetDateTime at) {
        return current != null ? current : at;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID guestId() {
        return guestId;
    }

    public UUID invitationId() {
        return invitationId;
    }

    public UUID broadcastId() {
        return broadcastId;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public String content() {
        return content;
    }

    public DeliveryState state() {
        return state;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorReason() {
        return errorReason;
    }

    public int attempts() {
        return attempts;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public OffsetDateTime queuedAt() {
        return queuedAt;
    }

    public OffsetDateTime sendingAt() {
        return sendingAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }

    public OffsetDateTime failedAt() {
        return failedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
