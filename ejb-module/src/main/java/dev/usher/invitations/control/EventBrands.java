package dev.usher.invitations.control;

import dev.usher.invitations.entity.EventMailBrand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

/**
 * The invitation brands of events ({@code event_mail_brands}, the invitations area's table):
 * what an e-mail of an event is composed with, and the row a boundary changes.
 */
@ApplicationScoped
public class EventBrands {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvitationLook look;

    /** The brand of the event's e-mails, the server's defaults filled in (null event: the defaults). */
    public MailBrand forEvent(UUID eventId) {
        InvitationLook.Branding defaults = look.branding();
        Optional<EventMailBrand> own = eventId == null ? Optional.empty() : find(eventId);
        if (own.isEmpty()) {
            return MailBrand.of(defaults);
        }
        EventMailBrand b = own.get();
        return new MailBrand(b.displayName() != null ? b.displayName() : defaults.name(),
                b.color() != null ? b.color() : defaults.colour(), b.senderName(), b.image(), b.imageType());
    }

    public Optional<EventMailBrand> find(UUID eventId) {
        return Optional.ofNullable(em.find(EventMailBrand.class, eventId));
    }

    /**
     * The event's row, made if it has none yet (in the caller's transaction). The event's brand is
     * locked first (a transaction-scoped advisory lock), so two first edits at once take turns
     * instead of colliding on the key.
     */
    public EventMailBrand editable(UUID eventId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('event_mail_brands:' || ?1))")
                .setParameter(1, eventId.toString())
                .getSingleResult();
        return find(eventId).orElseGet(() -> {
            EventMailBrand brand = new EventMailBrand(eventId);
            em.persist(brand);
            return brand;
        });
    }
}
