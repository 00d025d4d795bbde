package dev.usher.identity.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Callers whose user row is known to exist and be active, with its id, so a signed-in request
 * needs no statement to learn who it is (before, every request ran an INSERT ... ON CONFLICT
 * and a SELECT of the caller's row).
 *
 * <p>Safe because a user row, once active, is never deleted nor made pending again; an entry
 * is added only after the transaction that saw the row active committed; and it lives only
 * until the row's last-seen stamp is due again, so the sign-in that refreshes the stamp (and the
 * display name from the token) still happens at the same resolution as without this memory.
 * Bounded: when full, it is emptied, which costs one ordinary sign-in per caller.
 */
@ApplicationScoped
public class RecentSignIns {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(UUID userId, Instant validUntil) {
    }

    private final Map<CallerIdentity, Entry> entries = new ConcurrentHashMap<>();

    /** The user id of this caller, if an active row was seen recently enough. */
    public Optional<UUID> userId(CallerIdentity caller, Instant now) {
        Entry entry = entries.get(caller);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.validUntil())) {
            entries.remove(caller, entry);
            return Optional.empty();
        }
        return Optional.of(entry.userId());
    }

    /** Remembers an active user row until {@code validUntil}; call only after its transaction committed. */
    public void remember(CallerIdentity caller, UUID userId, Instant validUntil) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(caller, new Entry(userId, validUntil));
    }
}
