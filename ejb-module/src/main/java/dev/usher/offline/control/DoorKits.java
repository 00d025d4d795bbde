package dev.usher.offline.control;

import dev.usher.guests.entity.GuestStatus;
import dev.usher.offline.boundary.KitGuest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static dev.usher.platform.database.NativeTimes.utc;

/**
 * The event's invitations as a station needs them offline, in one query: who, how many seats,
 * how many came already, the RSVP answer, the door note and the household's names. The plain
 * token is not handed out, only a short hash of it ({@link #tokenHash}), so a code of the older
 * format is recognised offline and the kit admits no one by itself.
 */
@Dependent
public class DoorKits {

    private static final String GUESTS = """
            SELECT i.id, i.number, i.recipient_name, i.seats, i.seats_admitted, i.status, i.token, g.status,
                   g.door_note,
                   (SELECT string_agg(h.name, chr(10) ORDER BY h.position) FROM household_members h
                    WHERE h.guest_id = i.guest_id), i.expires_at
            FROM invitations i LEFT JOIN guests g ON g.id = i.guest_id
            WHERE i.event_id = ?1
            ORDER BY i.number""";

    @PersistenceContext
    EntityManager em;

    /** Admissible invitations (not revoked) and the ids of revoked ones. */
    public record Lists(List<KitGuest> guests, List<UUID> revoked) {
    }

    public Lists of(UUID eventId) {
        List<KitGuest> guests = new ArrayList<>();
        List<UUID> revoked = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(GUESTS).setParameter(1, eventId).getResultList();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            if ("revoked".equals(r[5])) {
                revoked.add(id);
                continue;
            }
            String household = (String) r[9];
            guests.add(new KitGuest(id, (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(), tokenHash((String) r[6]),
                    r[7] == null ? null : GuestStatus.valueOf((String) r[7]), (String) r[8],
                    household == null ? List.of() : Arrays.asList(household.split("\n")), utc(r[10])));
        }
        return new Lists(guests, revoked);
    }

    /** The first 16 bytes of the token's SHA-256, base64url without padding (22 characters). */
    public static String tokenHash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
