package dev.usher.webhooks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.UUID;

/**
 * Takes a person's name out of an event's webhook payloads, queued and delivered alike: a queued
 * one then goes out without it. Ids and facts stay (receivers deduplicate on them); the fields
 * that name someone are removed, whichever type wrote them. (The {@code -} operator rather than
 * {@code #-}: EclipseLink reads {@code #} in native SQL as a parameter's mark.)
 */
@Dependent
public class WebhookErasure {

    @PersistenceContext
    EntityManager em;

    /** How many rows it changed. */
    public int erase(UUID eventId, UUID guestId, Collection<UUID> invitationIds) {
        return em.createNativeQuery("""
                        UPDATE webhook_deliveries
                        SET payload = CAST(jsonb_set(CAST(payload AS jsonb), '{data}', (CAST(payload AS jsonb) -> 'data')
                                           - ARRAY['firstName', 'lastName', 'recipientName', 'email', 'phone']) AS text)
                        WHERE event_id = ?1
                          AND (CAST(payload AS jsonb) -> 'data' ->> 'guestId' = CAST(?2 AS text)
                               OR CAST(payload AS jsonb) -> 'data' ->> 'invitationId'
                                  = ANY (CAST(?3 AS text[])))""")
                .setParameter(1, eventId)
                .setParameter(2, guestId.toString())
                .setParameter(3, invitationIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }
}
