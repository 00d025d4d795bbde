package dev.usher.rsvp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A guest's personal RSVP link. Its token is never stored: it is derived from the nonce with the
 * server's secret, and a request is matched by the token's SHA-256 ({@code tokenHash}). Revoking
 * (or rotating, which revokes the old link) keeps the row, so the page can say the link was revoked.
 */
@Entity
@Table(name = "rsvp_links")
@NamedQuery(name = RsvpLink.LIVE_OF_GUEST,
        query = "select l from RsvpLink l where l.guestId = :guestId and l.revokedAt is null")
@NamedQuery(name = RsvpLink.BY_TOKEN_HASH, query = "select l from RsvpLink l where l.tokenHash = :tokenHash")
public class RsvpLink {

    public static final String LIVE_OF_GUEST = "RsvpLink.liveOfGuest";
    public static final String BY_TOKEN_HASH = "RsvpLink.byTokenHash";

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "guest_id", nullable = false)
    private UUID guestId;

    @Column(nullable = false)
    private byte[] nonce;

    @Column(name = "token_hash", nullable = false)
    private byte[] tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected RsvpLink() {
        // for JPA
    }

    public RsvpLink(UUID eventId, UUID guestId, byte[] nonce, byte[] tokenHash) {
        this.id = UUID.randomUUID();
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.guestId = Objects.requireNonNull(guestId, "guestId");
        this.nonce = nonce.clone();
        this.tokenHash = tokenHash.clone();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID guestId() {
        return guestId;
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
