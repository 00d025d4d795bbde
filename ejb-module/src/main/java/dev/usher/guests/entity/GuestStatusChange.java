package dev.usher.guests.entity;

import jakarta.persistence.Column;
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
 * One change of a guest's status and where it came from (a WhatsApp reply so far), with the
 * evidence: what the guest sent, the message they answered and their own message's id.
 */
@Entity
@Table(name = "guest_status_changes")
@NamedQuery(name = GuestStatusChange.COUNT_BY_INBOUND_MESSAGE,
        query = "select count(c) from GuestStatusChange c where c.source = :source"
                + " and c.providerMessageId = :providerMessageId")
@NamedQuery(name = GuestStatusChange.LATEST_ANSWER_OF_GUEST,
        query = "select max(c.answeredAt) from GuestStatusChange c where c.guestId = :guestId")
public class GuestStatusChange {

    public static final String COUNT_BY_INBOUND_MESSAGE = "GuestStatusChange.countByInboundMessage";
    public static final String LATEST_ANSWER_OF_GUEST = "GuestStatusChange.latestAnswerOfGuest";

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "guest_id", nullable = false)
    private UUID guestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private GuestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private GuestStatus toStatus;

    /** Stored as {@link StatusChangeSource#stored()}, so the database reads like the API. */
    @Column(nullable = false)
    private String source;

    private String evidence;

    @Column(name = "delivery_id")
    private UUID deliveryId;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected GuestStatusChange() {
        // for JPA
    }

    public GuestStatusChange(Guest guest, GuestStatus from, GuestStatus to, StatusChangeSource source,
                             String evidence, UUID deliveryId, String providerMessageId, OffsetDateTime answeredAt) {
        this.id = UUID.randomUUID();
        this.eventId = guest.event().id();
        this.guestId = guest.id();
        this.fromStatus = Objects.requireNonNull(from, "from");
        this.toStatus = Objects.requireNonNull(to, "to");
        this.source = Objects.requireNonNull(source, "source").stored();
        this.evidence = evidence;
        this.deliveryId = deliveryId;
        this.providerMessageId = providerMessageId;
        this.answeredAt = answeredAt;
        this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public GuestStatus toStatus() {
        return toStatus;
    }
}
