package dev.usher.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A user's connection to their Google account: the refresh token, sealed. */
@Entity
@Table(name = "google_connections")
public class GoogleConnection {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "refresh_token", nullable = false)
    private String refreshToken;

    @Column(name = "connected_at", nullable = false)
    private OffsetDateTime connectedAt;

    protected GoogleConnection() {
        // for JPA
    }

    public GoogleConnection(UUID userId, String sealedRefreshToken) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.refreshToken = Objects.requireNonNull(sealedRefreshToken, "refreshToken");
        this.connectedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID userId() {
        return userId;
    }

    public String sealedRefreshToken() {
        return refreshToken;
    }

    public OffsetDateTime connectedAt() {
        return connectedAt;
    }

    /** A new grant replaces the old one (connecting again). */
    public void renew(String sealedRefreshToken) {
        this.refreshToken = Objects.requireNonNull(sealedRefreshToken, "refreshToken");
        this.connectedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "GoogleConnection[" + userId + "]";
    }
}
