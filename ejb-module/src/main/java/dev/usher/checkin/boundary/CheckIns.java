package dev.usher.checkin.boundary;

import dev.usher.checkin.control.DoorAccess;
import dev.usher.checkin.control.TokenReader;
import dev.usher.checkin.entity.InvitationScan;
import dev.usher.checkin.entity.ScanOutcome;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.identity.entity.User;
import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.ConflictException;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Admission at the door. A scan locks the code's row ({@code SELECT ... FOR UPDATE}), so scans
 * of one code, from any number of stations and servers, are decided one after the other on
 * the current seat count: a code never admits more people than it holds. A retry with the
 * nonce of an earlier attempt is answered from that attempt and admits no one more. Every
 * attempt is recorded, admitted or not.
 *
 * <p>Who may scan: the global role {@code scanner}, or an admin of the code's event; an admin
 * of the event the station is bound to also gets answers for foreign and unknown codes.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class CheckIns {

    private static final Logger LOG = Logger.getLogger(CheckIns.class.getName());
    private static final int MAX_DEVICE_CHARS = 2000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Users users;

    @Inject
    DoorAccess door;

    @Inject
    InputValidator validator;

    public CheckInAnswer admit(CheckInRequest request) {
        validator.check(request);
        String token = TokenReader.read(request.token());
        String device = request.device() == null ? null : request.device().toString();
        if (device != null && device.length() > MAX_DEVICE_CHARS) {
            throw new InvalidInputException("device", "must be at most " + MAX_DEVICE_CHARS + " characters of JSON");
        }
        User caller = users.signedIn();
        UUID stationEvent = request.eventId();
        if (session.isCallerInRole(Roles.SCANNER)) {
            if (stationEvent != null && em.find(Event.class, stationEvent) == null) {
                throw new InvalidInputException("eventId", "no such event");
            }
        } else {
            requireDoorRole(token, stationEvent, caller.id());
        }
        // PostgreSQL keeps microseconds: answer with the time as stored, so a replay says the same.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        InvitationScan.Attempt attempt = new InvitationScan.Attempt(request.station().strip(), stationEvent,
                caller.id(), device, blankToNull(request.nonce()));
        Invitation invitation = em.createNamedQuery(Invitation.FIND_BY_TOKEN, Invitation.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst().orElse(null);
        if (invitation == null) {
            return record(null, attempt, ScanOutcome.unknown, 0, null, now);
        }
        if (attempt.nonce() != null) {
            Optional<InvitationScan> earlier = em.createNamedQuery(InvitationScan.FIND_BY_NONCE, InvitationScan.class)
                    .setParameter("invitationId", invitation.id())
                    .setParameter("nonce", attempt.nonce())
                    .getResultList().stream().findFirst();
            if (earlier.isPresent()) {
                return answer(invitation, earlier.get(), true);
            }
        }
        invitation.scanned();
        if (invitation.revoked()) {
            return record(invitation, attempt, ScanOutcome.revoked, 0, null, now);
        }
        if (stationEvent != null && invitation.eventId() != null && !invitation.eventId().equals(stationEvent)) {
            return record(invitation, attempt, ScanOutcome.wrong_event, 0, null, now);
        }
        int left = invitation.seatsLeft();
        if (left == 0) {
            return record(invitation, attempt, ScanOutcome.already_used, 0, 0, now);
        }
        int wanted = request.seats() == null ? left : request.seats();
        if (wanted > left) {
            return record(invitation, attempt, ScanOutcome.not_enough_seats, 0, left, now);
        }
        invitation.admit(wanted, now);
        return record(invitation, attempt, ScanOutcome.admitted, wanted, invitation.seatsLeft(), now);
    }

    /**
     * Takes back a mistaken admission: the seats return to the code, the scan stays on record
     * as undone, and the log says who did it. Super-admins, and admins of the code's event.
     */
    public UndoneCheckIn undo(UUID scanId) {
        InvitationScan scan = em.find(InvitationScan.class, scanId);
        if (scan == null) {
            throw new NotFoundException("Scan " + scanId + " not found");
        }
        Invitation invitation = scan.invitationId() == null ? null
                : em.find(Invitation.class, scan.invitationId(), LockModeType.PESSIMISTIC_WRITE);
        User caller = users.signedIn();
        if (!session.isCallerInRole(Roles.SUPER_ADMIN)) {
            Optional<EventRole> role = invitation == null ? Optional.empty()
                    : door.role(invitation.eventId(), caller.id());
            if (role.isEmpty()) {
                throw new NotFoundException("Scan " + scanId + " not found");
            }
            if (role.get() != EventRole.admin) {
                throw new ForbiddenException("Undoing an admission needs the admin role in this event; you are "
                        + (role.get() == EventRole.editor ? "an editor" : "a viewer"));
            }
        }
        if (invitation == null || scan.seatsAdmitted() == 0) {
            throw new ConflictException("Scan " + scanId + " admitted nobody; there is nothing to undo");
        }
        em.refresh(scan, LockModeType.PESSIMISTIC_WRITE);
        if (scan.revertedAt() != null) {
            throw new ConflictException("Scan " + scanId + " was already undone at " + scan.revertedAt());
        }
        scan.revert(caller.id());
        invitation.unadmit(scan.seatsAdmitted());
        LOG.info(() -> "Admission " + scanId + " of invitation " + invitation.number() + " (" + scan.seatsAdmitted()
                + " seat(s), station " + scan.station() + ") undone by user " + caller.id());
        return new UndoneCheckIn(scanId, invitation.number(), scan.seatsAdmitted(), invitation.seatsLeft(),
                invitation.status());
    }

    /**
     * Callers without the scanner role: an admin of the code's event may scan it; an admin of
     * the station's event may scan anything at that door (foreign codes are answered
     * wrong-event, unknown ones unknown). Anyone else learns nothing about the code.
     */
    private void requireDoorRole(String token, UUID stationEvent, UUID userId) {
        List<UUID> codeEvent = em.createQuery("select i.eventId from Invitation i where i.token = :token", UUID.class)
                .setParameter("token", token)
                .getResultList();
        boolean adminOfCode = !codeEvent.isEmpty() && door.isAdmin(codeEvent.get(0), userId);
        if (!adminOfCode && !door.isAdmin(stationEvent, userId)) {
            throw new ForbiddenException("Scanning needs the scanner role, or the admin role in the event of the code"
                    + " or of the station");
        }
    }

    private CheckInAnswer record(Invitation invitation, InvitationScan.Attempt attempt, ScanOutcome outcome,
                                 int seatsAdmitted, Integer seatsLeft, OffsetDateTime now) {
        InvitationScan scan = new InvitationScan(invitation == null ? null : invitation.id(), attempt, outcome,
                seatsAdmitted, seatsLeft, now);
        em.persist(scan);
        return answer(invitation, scan, false);
    }

    private CheckInAnswer answer(Invitation invitation, InvitationScan scan, boolean replayed) {
        ScanOutcome outcome = scan.outcome();
        if (invitation == null || outcome == ScanOutcome.wrong_event || outcome == ScanOutcome.unknown) {
            // A code of another event, or none at all: nothing about its holder.
            return new CheckInAnswer(scan.id(), outcome.wire(), 0, null, null, null, null, null, null, null,
                    replayed, scan.scannedAt());
        }
        OffsetDateTime firstUsedAt = null;
        String firstUsedStation = null;
        if (outcome == ScanOutcome.already_used) {
            InvitationScan first = em.createNamedQuery(InvitationScan.FIRST_ADMISSION, InvitationScan.class)
                    .setParameter("invitationId", invitation.id())
                    .setMaxResults(1)
                    .getResultList().stream().findFirst().orElse(null);
            firstUsedAt = first == null ? invitation.scannedAt() : first.scannedAt();
            firstUsedStation = first == null ? null : first.station();
        }
        var recipient = invitation.recipient();
        return new CheckInAnswer(scan.id(), outcome.wire(), scan.seatsAdmitted(), scan.seatsLeft(), recipient.seats(),
                recipient.firstName(), invitation.number(), recipient.type(), firstUsedAt, firstUsedStation,
                replayed, scan.scannedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
