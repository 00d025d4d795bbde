package dev.usher.offline.control;

import dev.usher.checkin.control.Admissions;
import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each event's Ed25519 key pair and the codes signed with it. A pair is made the first time an
 * event needs one, committed at once ({@link EventKeyRows}: every server on the database agrees
 * on the first row written, read back here); the private key is stored sealed ({@link KeySeal}) under
 * {@code usher.door.key-secret} (env {@code USHER_DOOR_KEY_SECRET}, 32+ characters, the same on
 * every server) and leaves this class only as signatures. Without the secret no code is signed:
 * invitations keep their plain token and the offline kit answers 503.
 */
@ApplicationScoped
public class DoorCodes {

    static final int MIN_SECRET = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventKeyRows keyRows;

    @Inject
    @ConfigProperty(name = "usher.door.key-secret")
    Optional<String> secret;

    /** Keys never change once written, so what was read once is kept. */
    private final Map<UUID, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<UUID, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    public boolean configured() {
        return secret.filter(s -> s.strip().length() >= MIN_SECRET).isPresent();
    }

    /**
     * What an invitation's QR code and e-mail carry: the signed code for an event's invitation
     * when signing is configured, else the invitation's token. Both are accepted at the door.
     */
    public String codeFor(Invitation invitation) {
        if (invitation.eventId() == null || !configured()) {
            return invitation.token();
        }
        return new DoorCode(invitation.eventId(), invitation.id(), Math.max(1, Math.min(invitation.seats(), 0xFFFF)))
                .sign(privateKey(invitation.eventId()));
    }

    /**
     * How the door finds the row of a scanned text: a genuine signed code by its invitation id
     * within its event; anything else by token (a forged or foreign-signed code matches no token,
     * so it is answered and recorded as unknown).
     */
    public Admissions.Lookup lookup(String scanned) {
        return verified(scanned).map(code -> Admissions.Lookup.byId(code.invitationId(), code.eventId()))
                .orElseGet(() -> Admissions.Lookup.byToken(scanned));
    }

    /** The signed code, when the text is one and its event's key verifies it. */
    public Optional<DoorCode> verified(String scanned) {
        return DoorCode.claimedEvent(scanned).flatMap(this::publicKey).flatMap(key -> DoorCode.verify(scanned, key));
    }

    /** The event's public key as stored, when it has one. */
    public Optional<PublicKey> publicKey(UUID eventId) {
        PublicKey known = publicKeys.get(eventId);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = em.createNativeQuery("SELECT public_key FROM event_signing_keys WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PublicKey key = EventKeys.publicKey((byte[]) rows.get(0));
        publicKeys.put(eventId, key);
        return Optional.of(key);
    }

    /** The event's public key, made now if the event has none yet (503 when signing is not configured). */
    public byte[] rawPublicKey(UUID eventId) {
        privateKey(eventId);
        return EventKeys.rawPublic(publicKey(eventId).orElseThrow());
    }

    PrivateKey privateKey(UUID eventId) {
        PrivateKey known = privateKeys.get(eventId);
        if (known != null) {
            return known;
        }
        KeySeal seal = seal();
        List<?> rows = read(eventId);
        if (rows.isEmpty()) {
            KeyPair pair = EventKeys.generate();
            keyRows.insertIfAbsent(eventId, EventKeys.rawPublic(pair.getPublic()),
                    seal.seal(eventId, pair.getPrivate().getEncoded()));
            rows = read(eventId);
        }
        PrivateKey key = EventKeys.privateKey(seal.open(eventId, (byte[]) rows.get(0)));
        privateKeys.put(eventId, key);
        return key;
    }

    private List<?> read(UUID eventId) {
        return em.createNativeQuery("SELECT private_key_sealed FROM event_signing_keys WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList();
    }

    private KeySeal seal() {
        if (!configured()) {
            throw new ServiceUnavailableException("Offline stations are not configured on this server: set "
                    + "USHER_DOOR_KEY_SECRET to a random text of at least " + MIN_SECRET + " characters",
                    Map.of("settings", List.of("USHER_DOOR_KEY_SECRET")));
        }
        return new KeySeal(secret.orElseThrow().strip());
    }
}
