package dev.usher.offline.boundary;

import dev.usher.checkin.control.DoorAccess;
import dev.usher.events.control.EventMembership;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.offline.control.DoorCodes;
import dev.usher.offline.control.DoorKits;
import dev.usher.offline.control.OfflineAdmissions;
import dev.usher.platform.errors.ForbiddenException;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The offline station's side of the server. Door staff who may admit at an event's door
 * ({@link DoorAccess}: the scanner role, or the event's admin) download its kit (public key,
 * guest list, revocations) and upload what they admitted while apart; organizers (any member of
 * the event, and super-admins) read the conflicts those uploads found. Nothing of another event
 * is reachable: the kit and the uploads are bound to the event in the path.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class OfflineDoor {

    private static final Logger LOG = Logger.getLogger(OfflineDoor.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Users users;

    @Inject
    EventMembership membership;

    @Inject
    InputValidator validator;

    @Inject
    DoorCodes doorCodes;

    @Inject
    DoorKits kits;

    @Inject
    OfflineAdmissions admissions;

    public DoorKit kit(UUID eventId) {
        Event event = doorEvent(eventId);
        byte[] publicKey = doorCodes.rawPublicKey(eventId);
        DoorKits.Lists lists = kits.of(eventId);
        return new DoorKit(eventId, event.name(), Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey),
                OffsetDateTime.now(ZoneOffset.UTC), lists.guests(), lists.revoked());
    }

    public List<UploadedScan> upload(UUID eventId, OfflineUpload upload) {
        validator.check(upload);
        doorEvent(eventId);
        Set<String> nonces = new HashSet<>();
        for (OfflineScanInput scan : upload.scans()) {
            if (!nonces.add(scan.nonce())) {
                throw new InvalidInputException("scans", "nonce " + scan.nonce() + " is listed twice");
            }
        }
        UUID caller = users.callerId();
        List<UploadedScan> stored = upload.scans().stream()
                .map(scan -> admissions.store(eventId, upload.station().strip(), upload.device().strip(), scan, caller))
                .toList();
        long conflicts = stored.stream().filter(s -> s.conflict() && !s.replay()).count();
        if (conflicts > 0) {
            LOG.warning(() -> "Offline station " + upload.station().strip() + " (device " + upload.device().strip()
                    + ") uploaded " + conflicts + " admission(s) of event " + eventId + " that conflict with others");
        }
        return stored;
    }

    public List<DoorConflict> conflicts(UUID eventId) {
        if (!session.isCallerInRole(Roles.SUPER_ADMIN)) {
            membership.require(eventId, users.callerId(), EventRole.viewer);
        } else if (em.find(Event.class, eventId) == null) {
            throw new NotFoundException("Event " + eventId + " not found");
        }
        return admissions.conflicts(eventId);
    }

    /** The event, when the caller may admit at its door: 403 naming why not, 404 for no such event. */
    private Event doorEvent(UUID eventId) {
        if (eventId == null) {
            throw new InvalidInputException("eventId", "is required: a station works offline for one event");
        }
        boolean scanner = session.isCallerInRole(Roles.SCANNER);
        EventRole role = scanner ? null
                : membership.find(eventId, users.callerId()).map(EventMember::role).orElse(null);
        DoorAccess.refusal(scanner, eventId, role).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new NotFoundException("Event " + eventId + " not found");
        }
        return event;
    }
}
