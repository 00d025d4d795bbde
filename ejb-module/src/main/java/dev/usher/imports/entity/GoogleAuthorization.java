package dev.usher.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A connect to Google in flight, found again by its OAuth state when Google redirects back. */
@Entity
@Table(name = "google_authorizations")
@NamedQuery(name = "GoogleAuthorization.deleteCreatedBefore",
        query = "DELETE FROM GoogleAuthorization a WHERE a.createdAt < :before")
public class GoogleAuthorization {

    @Id
    private String state;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "return_to", nullable = false)
    private String returnTo;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected GoogleAuthorization() {
        // for JPA
    }

    public GoogleAuthorization(String state, UUID userId, String sealedVerifier, String returnTo) {
        this.state = Objects.requireNonNull(state, "state");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.codeVerifier = Objects.requireNonNull(sealedVerifier, "codeVerifier");
        this.returnTo = Objects.requireNonNull(returnTo, "returnTo");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID userId() {
        return userId;
    }

    public String sealedVerifier() {
        return codeVerifier;
    }

    public String returnTo() {
        return returnTo;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "GoogleAuthorization[" + userId + "]";
    }
}
