package dev.usher.mail;

import dev.usher.identity.control.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * E-mail previews as pages of their own ({@code /mail-preview/<key>}), so the console can show an
 * e-mail in a frame under the e-mail's own policy (inline styles, data: images, nothing else) while
 * the console keeps its strict one: a {@code srcdoc} or {@code blob:} frame would inherit the
 * console's policy. Only the previews a boundary rendered are published (web code hands over a
 * boundary's answer, never a request's text); the key is 128 random bits, the page lives
 * {@link #LIFETIME_MINUTES} minutes, and a database row makes it readable from every server.
 */
@Stateless
public class MailPreviewPages {

    public static final String PATH = "/mail-preview/";
    static final int LIFETIME_MINUTES = 10;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** Stores a preview rendered for the event; its page's path. */
    @RolesAllowed(Roles.USER)
    public String publish(UUID eventId, String html) {
        em.createNativeQuery("DELETE FROM mail_previews WHERE expires_at < now()").executeUpdate();
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.createNativeQuery("INSERT INTO mail_previews (key_hash, html, expires_at, event_id)"
                        + " VALUES (?1, ?2, now() + make_interval(mins => ?3), ?4)")
                .setParameter(1, hash(key)).setParameter(2, html).setParameter(3, LIFETIME_MINUTES)
                .setParameter(4, eventId).executeUpdate();
        return PATH + key;
    }

    /**
     * A guest's erasure, in its transaction: the event's previews go, live or not, since one may show
     * the guest (an organizer's open preview of the event then says it has expired), and expired ones
     * of any event with them.
     */
    @RolesAllowed(Roles.USER)
    public int discardForErasure(UUID eventId) {
        return em.createNativeQuery("DELETE FROM mail_previews WHERE event_id = ?1 OR expires_at < now()")
                .setParameter(1, eventId).executeUpdate();
    }

    /** The preview under {@code key}, while it lives. */
    @PermitAll
    public Optional<String> read(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT html FROM mail_previews WHERE key_hash = ?1 AND expires_at > now()")
                .setParameter(1, hash(key)).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).toString());
    }

    private static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
