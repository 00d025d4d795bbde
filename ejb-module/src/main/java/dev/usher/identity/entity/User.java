package dev.usher.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A person known by e-mail. Created either on first sign-in (active) or when an event
 * admin invites someone who never signed in (pending); the first sign-in activates it.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.FIND_BY_EMAIL, query = "select u from User u where u.email = :email")
public class User {

    public static final String FIND_BY_EMAIL = "User.findByEmail";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "first_seen_at")
    private OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;

    protected User() {
        // Rows are inserted by Users with INSERT ... ON CONFLICT, so that two first
        // requests of one person cannot race; JPA only reads and updates them.
    }

    /** Lower-cased, trimmed: the one form every lookup and unique key uses. */
    public static String normalizeEmail(String email) {
        Objects.requireNonNull(email, "email");
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("email must not be blank");
        }
        return normalized;
    }

    /** Records a sign-in: the first one activates a pending user. */
    public void signedIn(String nameFromToken) {
        OffsetDateTime now = now();
        if (status == UserStatus.pending) {
            status = UserStatus.active;
            firstSeenAt = now;
        }
        lastSeenAt = now;
        if (nameFromToken != null && !nameFromToken.isBlank()) {
            displayName = nameFromToken.strip();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public UserStatus status() {
        return status;
    }

    public OffsetDateTime lastSeenAt() {
        return lastSeenAt;
    }
}
