package dev.usher.guests.control;

import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Two guests of one event are the same person when they share a normalized phone number
 * or e-mail address. Every writer first takes the event's guest-list lock, so two imports
 * running at once cannot both insert the same person.
 */
@Dependent
public class GuestDuplicates {

    /** Stands in for an empty IN list, which SQL does not allow: blanks are stored as null, never as "". */
    private static final List<String> NOTHING = List.of("");

    @PersistenceContext
    EntityManager em;

    /**
     * Serializes guest-list writes of one event until the transaction ends (a PostgreSQL
     * transaction-scoped advisory lock keyed by the event id).
     */
    public void lockGuestList(UUID eventId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "guests:" + eventId)
                .getSingleResult();
    }

    /** Remembers contacts already taken, first from the database, then from rows accepted earlier. */
    public Index index(UUID eventId, Collection<GuestData> candidates) {
        List<String> phones = candidates.stream().map(GuestData::phone).filter(Objects::nonNull).distinct().toList();
        List<String> emails = candidates.stream().map(GuestData::email).filter(Objects::nonNull).distinct().toList();
        Index index = new Index();
        if (phones.isEmpty() && emails.isEmpty()) {
            return index;
        }
        em.createNamedQuery(Guest.FIND_BY_EVENT_AND_CONTACTS, Guest.class)
                .setParameter("eventId", eventId)
                .setParameter("phones", phones.isEmpty() ? NOTHING : phones)
                .setParameter("emails", emails.isEmpty() ? NOTHING : emails)
                .getResultList()
                .forEach(g -> index.add(g.data(), g.id()));
        return index;
    }

    /** Contacts (phone, e-mail) already used in an event, each with the guest that holds it. */
    public static final class Index {
        private final Map<String, UUID> byPhone = new HashMap<>();
        private final Map<String, UUID> byEmail = new HashMap<>();

        /** The guest that already has this person's phone or e-mail, if any. */
        public Optional<UUID> holderOf(GuestData data) {
            if (data.phone() != null && byPhone.containsKey(data.phone())) {
                return Optional.of(byPhone.get(data.phone()));
            }
            if (data.email() != null && byEmail.containsKey(data.email())) {
                return Optional.of(byEmail.get(data.email()));
            }
            return Optional.empty();
        }

        /** Which contact made {@link #holderOf} match: {@code phone} or {@code email}. */
        public String matchedBy(GuestData data) {
            return data.phone() != null && byPhone.containsKey(data.phone()) ? "phone" : "email";
        }

        public void add(GuestData data, UUID guestId) {
            if (data.phone() != null) {
                byPhone.putIfAbsent(data.phone(), guestId);
            }
            if (data.email() != null) {
                byEmail.putIfAbsent(data.email(), guestId);
            }
        }
    }
}
