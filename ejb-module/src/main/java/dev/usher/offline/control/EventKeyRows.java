package dev.usher.offline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes an event's first key pair in a transaction of its own: the caller's (an e-mail send, a
 * QR image) may roll back, and a key that signed codes must then still be the stored one. The
 * first row written wins; a server that lost the race reads the winner's.
 */
@ApplicationScoped
public class EventKeyRows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertIfAbsent(UUID eventId, byte[] rawPublic, byte[] sealedPrivate) {
        em.createNativeQuery("""
                        INSERT INTO event_signing_keys (event_id, public_key, private_key_sealed, created_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, eventId)
                .setParameter(2, rawPublic)
                .setParameter(3, sealedPrivate)
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
