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
        return addTaken(new Index(), eventId, candidates);
    }

    /**
     * Adds to {@code index} the guests of the event that hold a contact of the candidates: the
     * one duplicate look-up of a single add, the JSON import and the file import.
     */
    public Index addTaken(Index index, UUID eventId, Collection<GuestData> candidates) {
        List<String> phones = candidates.stream().map(GuestData::phone).filter(Objects::nonNull).distinct().toList();
        List<String> emails = candidates.stream().map(GuestData::email).filter(Objects::nonNull).distinct().toList();
        if (phones.isEmpty() && emails.isEmpty()) {
            return index;
        }
        em.createNamedQuery(Guest.CONTACTS_TAKEN, Object[].class)
                .setParameter("eventId", eventId)
                .setParameter("phones", phones.isEmpty() ? NOTHING : phones)
                .setParameter("emails", emails.isEmpty() ? NOTHING : emails)
                .getResultList()
                .forEach(row -> index.take((String) row[1], (String) row[2], (UUID) row[0]));
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
            take(data.phone(), data.email(), guestId);
        }

        /**
         * The one per-row decision of an import: a guest whose contacts nobody holds (or any
         * guest, with {@code create_anyway}) is new, gets its id now and holds its contacts for
         * the rows after it; any other names the guest that holds them. What becomes of a
         * duplicate (skipped, or merged with {@code update}) is the caller's to apply.
         */
        public Decision decide(GuestData data, DuplicatePolicy policy) {
            Optional<UUID> holder = policy == DuplicatePolicy.create_anyway ? Optional.empty() : holderOf(data);
            if (holder.isPresent()) {
                return new Decision(null, holder.get(), matchedBy(data));
            }
            UUID id = UUID.randomUUID();
            add(data, id);
            return new Decision(id, null, null);
        }

        private void take(String phone, String email, UUID guestId) {
            if (phone != null) {
                byPhone.putIfAbsent(phone, guestId);
            }
            if (email != null) {
                byEmail.putIfAbsent(email, guestId);
            }
        }
    }

    /** A new guest's id, or the guest already holding the contact and which contact matched. */
    public record Decision(UUID newGuestId, UUID holder, String matchedBy) {

        public boolean isNew() {
            return newGuestId != null;
        }
    }
}
