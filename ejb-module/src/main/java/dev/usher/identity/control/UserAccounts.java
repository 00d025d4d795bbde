package dev.usher.identity.control;

import dev.usher.identity.entity.User;
import dev.usher.identity.entity.UserStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * User rows: the caller's, created on first sight, and pending ones for people invited before
 * they ever signed in. A control, so that other areas' controls (the event guard) can learn
 * who the caller is without calling a boundary; the caller's principal comes from the EJB
 * that is being called.
 */
@Dependent
public class UserAccounts {

    private static final String CALLER_KEY = UserAccounts.class.getName() + ".caller";
    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    RecentSignIns recent;

    /**
     * The caller's user row; inserted if this identity was never seen, activated if it was
     * only invited. Resolved once per transaction; a caller seen active recently costs one
     * primary-key read (see {@link RecentSignIns}).
     */
    public User signedIn(Principal caller) {
        Object cached = transaction.getResource(CALLER_KEY);
        if (cached instanceof UUID id) {
            return em.find(User.class, id);
        }
        CallerIdentity identity = CallerIdentity.of(caller);
        Optional<UUID> known = recent.userId(identity, Instant.now());
        if (known.isPresent()) {
            User user = em.find(User.class, known.get());
            if (user != null && user.status() == UserStatus.active) {
                transaction.putResource(CALLER_KEY, user.id());
                return user;
            }
        }
        User user = findOrInsert(identity);
        if (user.lastSeenAt() == null
                || user.lastSeenAt().isBefore(OffsetDateTime.now().minus(LAST_SEEN_RESOLUTION))
                || user.status() != UserStatus.active) {
            user.signedIn(identity.displayName());
        }
        transaction.putResource(CALLER_KEY, user.id());
        rememberAfterCommit(identity, user.id(), user.lastSeenAt().toInstant().plus(LAST_SEEN_RESOLUTION));
        return user;
    }

    /**
     * The caller's user id: {@link #signedIn} without reading the row when the caller was seen
     * active recently (the hot paths, such as a station's scans, need only the id).
     */
    public UUID callerId(Principal caller) {
        Object cached = transaction.getResource(CALLER_KEY);
        if (cached instanceof UUID id) {
            return id;
        }
        Optional<UUID> known = recent.userId(CallerIdentity.of(caller), Instant.now());
        if (known.isPresent()) {
            transaction.putResource(CALLER_KEY, known.get());
            return known.get();
        }
        return signedIn(caller).id();
    }

    /** Only a committed active row may be remembered: a rolled-back first sign-in left nothing. */
    private void rememberAfterCommit(CallerIdentity identity, UUID userId, Instant validUntil) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    recent.remember(identity, userId, validUntil);
                }
            }
        });
    }

    /** The user with this e-mail, or a new pending one (an invitation to someone who never signed in). */
    public User findOrInvite(String email, String displayName) {
        String normalized = User.normalizeEmail(email);
        insertIfAbsent(normalized, displayName);
        return byEmail(normalized);
    }

    private User findOrInsert(CallerIdentity identity) {
        insertIfAbsent(identity.email(), identity.displayName());
        return byEmail(identity.email());
    }

    /**
     * Insert-or-nothing in one statement, so two first requests of the same person cannot
     * both insert. New rows start pending; {@link User#signedIn} activates them.
     */
    private void insertIfAbsent(String email, String displayName) {
        em.createNativeQuery("""
                        INSERT INTO users (id, email, display_name, status, created_at)
                        VALUES (?1, ?2, ?3, 'pending', now())
                        ON CONFLICT (email) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, email)
                .setParameter(3, displayName)
                .executeUpdate();
    }

    private User byEmail(String email) {
        List<User> found = em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                .setParameter("email", email)
                .getResultList();
        return found.get(0);
    }
}
