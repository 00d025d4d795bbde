package dev.usher.invitations.control;

import dev.usher.events.entity.Event;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.Recipient;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** Makes new invitations: a number from the sequence, a fresh token, status pending. */
@Dependent
public class InvitationDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvitationNumbers numbers;

    /** Runs in the caller's transaction; the draft is visible to senders once that commits. */
    public Invitation create(Recipient recipient, Event event, UUID guestId, UUID createdBy) {
        Invitation invitation = new Invitation(numbers.next(), InvitationTokens.next(), recipient, event, guestId,
                createdBy);
        em.persist(invitation);
        return invitation;
    }
}
