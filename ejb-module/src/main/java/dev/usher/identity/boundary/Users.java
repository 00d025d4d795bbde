package dev.usher.identity.boundary;

import dev.usher.identity.control.CallerIdentity;
import dev.usher.identity.control.RecentSignIns;
import dev.usher.identity.control.Roles;
import dev.usher.identity.entity.User;
import dev.usher.identity.entity.UserStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The signed-in caller as a {@link User} row, created on first sight. Every other
 * boundary asks here instead of reading the token itself.
 */
@Stateless
@PermitAll
public class Users {

    private static final String CALLER_KEY = Users.class.getName() + ".caller";
    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    RecentSignIns recent;

    /**
     * The caller's user row; inserted if this identity was never seen, activated if it was
     * only invited. Resolved once per transaction; a caller seen active recently costs one
     * primary-key read (see {@link RecentSignIns}).
     */
    public User signedIn() {
        Object cached = transaction.getResource(CALLER_KEY);
        if (cached instanceof UUID id) {
            return em.find(User.class, id);
        }
        CallerIdentity identity = CallerIdentity.of(session.getCallerPrincipal());
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
     * The caller's user id: {@link #signedIn()} without reading the row when the caller was seen
     * active recently (the hot paths, such as a station's scans, need only the id).
     */
    public UUID callerId() {
        Object cached = transaction.getResource(CALLER_KEY);
        if (cached instanceof UUID id) {
            return id;
        }
        Optional<UUID> known = recent.userId(CallerIdentity.of(session.getCallerPrincipal()), Instant.now());
        if (known.isPresent()) {
            transaction.putResource(CALLER_KEY, known.get());
            return known.get();
        }
        return signedIn().id();
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

    /** The caller's own profile and global roles. */
    @RolesAllowed(Roles.USER)
    public Me me() {
        User user = signedIn();
        return new Me(user.id(), user.email(), user.displayName(), globalRoles());
    }

    /** The user with this e-mail, or a new pending one (an invitation to someone who never signed in). */
    public User findOrInvite(String email, String displayName) {
        String normalized = User.normalizeEmail(email);
        insertIfAbsent(normalized, displayName);
        return byEmail(normalized);
    }

    /** The caller's global roles, as the container decided them from the token's groups. */
    public Set<String> globalRoles() {
        return Stream.of(Roles.USER, Roles.SUPER_ADMIN, Roles.SCANNER, Roles.BATCH_OPERATOR)
                .filter(session::isCallerInRole)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
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
