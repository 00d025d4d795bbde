package dev.usher.imports.control;

import dev.usher.imports.entity.GoogleAuthorization;
import dev.usher.imports.entity.GoogleConnection;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.platform.secrets.SecretSeal;
import dev.usher.platform.secrets.SecretsKey;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users' Google connections and the connects in flight, every secret sealed with its own associated
 * data. Without {@code USHER_SECRETS_KEY} nothing is stored: a refresh token in clear would give anyone
 * with a database dump read access to the users' address books (503 naming the setting).
 */
@Dependent
public class GoogleConnections {

    static final String REFRESH_TOKEN = "usher google refresh token";
    static final String VERIFIER = "usher google pkce verifier";
    /** A connect not come back by then is abandoned: Google's consent screen does not take that long. */
    public static final Duration PENDING_FOR = Duration.ofMinutes(10);

    /** A connect come back: who started it, its verifier, and where the console goes back to. */
    public record Pending(UUID userId, String verifier, String returnTo) {
        @Override
        public String toString() {
            return "Pending[" + userId + ", " + returnTo + "]";
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretsKey key;

    @Transactional
    public void begin(String state, UUID userId, String verifier, String returnTo) {
        em.createNamedQuery("GoogleAuthorization.deleteCreatedBefore")
                .setParameter("before", OffsetDateTime.now(ZoneOffset.UTC).minus(PENDING_FOR)).executeUpdate();
        em.persist(new GoogleAuthorization(state, userId, seal().seal(verifier, VERIFIER), returnTo));
    }

    /** The connect this state started, used up: a state is good for one redirect back. */
    @Transactional
    public Optional<Pending> take(String state) {
        GoogleAuthorization pending = em.find(GoogleAuthorization.class, state);
        if (pending == null) {
            return Optional.empty();
        }
        em.remove(pending);
        if (pending.createdAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(PENDING_FOR))) {
            return Optional.empty();
        }
        return Optional.of(new Pending(pending.userId(), seal().open(pending.sealedVerifier(), VERIFIER),
                pending.returnTo()));
    }

    @Transactional
    public void connect(UUID userId, String refreshToken) {
        String sealed = seal().seal(refreshToken, REFRESH_TOKEN);
        GoogleConnection existing = em.find(GoogleConnection.class, userId);
        if (existing == null) {
            em.persist(new GoogleConnection(userId, sealed));
        } else {
            existing.renew(sealed);
        }
    }

    public Optional<GoogleConnection> find(UUID userId) {
        return Optional.ofNullable(em.find(GoogleConnection.class, userId));
    }

    public Optional<String> refreshToken(UUID userId) {
        return find(userId).map(c -> seal().open(c.sealedRefreshToken(), REFRESH_TOKEN));
    }

    /** Deletes the connection; its refresh token, for revoking at Google, when there was one. */
    @Transactional
    public Optional<String> disconnect(UUID userId) {
        GoogleConnection connection = em.find(GoogleConnection.class, userId);
        if (connection == null) {
            return Optional.empty();
        }
        em.remove(connection);
        return Optional.of(seal().open(connection.sealedRefreshToken(), REFRESH_TOKEN));
    }

    private SecretSeal seal() {
        return key.seal().orElseThrow(() -> new ServiceUnavailableException(
                "Google contacts import needs " + SecretSeal.SETTING + ": Usher never stores a Google token in clear",
                Map.of("settings", List.of(SecretSeal.SETTING))));
    }
}
