package dev.usher.checkin.boundary;

import dev.usher.checkin.control.Admissions;
import dev.usher.checkin.control.TokenReader;
import dev.usher.checkin.entity.InvitationScan;
import dev.usher.checkin.entity.ScanOutcome;
import dev.usher.events.control.EventMembership;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.identity.entity.User;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.Recipient;
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
 * attempt is recorded, admitted or not. Lock, decision, scan and count are one SQL statement
 * ({@link Admissions}): the door is the hottest path there is.
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
    EventMembership membership;

    @Inject
    Admissions admissions;

    @Inject
    InputValidator validator;

    public CheckInAnswer admit(CheckInRequest request) {
        validator.check(request);
        String token = TokenReader.read(request.token());
        String device = request.device() == null ? null : request.device().toString();
        if (device != null && device.length() > MAX_DEVICE_CHARS) {
            throw new InvalidInputException("device", "must be at most " + MAX_DEVICE_CHARS + " characters of JSON");
        }
        UUID caller = users.callerId();
        UUID stationEvent = request.eventId();
        if (session.isCallerInRole(Roles.SCANNER)) {
            if (stationEvent != null && em.find(Event.class, stationEvent) == null) {
                throw new InvalidInputException("eventId", "no such event");
            }
        } else {
            requireDoorRole(token, stationEvent, caller);
        }
        // PostgreSQL keeps microseconds: answer with the time as stored, so a replay says the same.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        InvitationScan.Attempt attempt = new InvitationScan.Attempt(request.station().strip(), stationEvent,
                caller, device, blankToNull(request.nonce()));
        Admissions.Recorded recorded = admissions.admit(token, request.seats(), attempt, now);
        if (recorded.replay()) {
            Invitation invitation = em.find(Invitation.class, recorded.code().id());
            InvitationScan earlier = em.createNamedQuery(InvitationScan.FIND_BY_NONCE, InvitationScan.class)
                    .setParameter("invitationId", invitation.id())
                    .setParameter("nonce", attempt.nonce())
                    .getSingleResult();
            return answer(invitation, earlier, true);
        }
        return answer(recorded);
    }

    /** The answer to an attempt recorded just now. */
    private static CheckInAnswer answer(Admissions.Recorded scan) {
        ScanOutcome outcome = scan.outcome();
        Admissions.Code code = scan.code();
        if (code == null || outcome == ScanOutcome.wrong_event || outcome == ScanOutcome.unknown) {
            // A code of another event, or none at all: nothing about its holder.
            return new CheckInAnswer(scan.scanId(), outcome.wire(), 0, null, null, null, null, null, null, null,
                    false, scan.scannedAt());
        }
        var recipient = new Recipient(code.recipientName(), code.email(), null, code.type(), null, code.seats());
        return new CheckInAnswer(scan.scanId(), outcome.wire(), scan.seatsAdmitted(), scan.seatsLeft(),
                recipient.seats(), recipient.firstName(), code.number(), recipient.type(), scan.firstUse().at(),
                scan.firstUse().station(), false, scan.scannedAt());
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
            EventMember member = (invitation == null ? Optional.<EventMember>empty()
                    : membership.find(invitation.eventId(), caller.id()))
                    .orElseThrow(() -> new NotFoundException("Scan " + scanId + " not found"));
            EventMembership.requireRole(member, EventRole.admin);
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
        boolean adminOfCode = !codeEvent.isEmpty() && membership.has(codeEvent.get(0), userId, EventRole.admin);
        if (!adminOfCode && !membership.has(stationEvent, userId, EventRole.admin)) {
            throw new ForbiddenException("Scanning needs the scanner role, or the admin role in the event of the code"
                    + " or of the station");
        }
    }

    private CheckInAnswer answer(Invitation invitation, InvitationScan scan, boolean replayed) {
        ScanOutcome outcome = scan.outcome();
        if (invitation == null || outcome == ScanOutcome.wrong_event || outcome == ScanOutcome.unknown) {
            // A code of another event, or none at all: nothing about its holder.
            return new CheckInAnswer(scan.id(), outcome.wire(), 0, null, null, null, null, null, null, null,
                    replayed, scan.scannedAt());
        }
        Admissions.FirstAdmission first = outcome == ScanOutcome.already_used
                ? admissions.firstAdmission(invitation.id(), invitation.scannedAt()) : Admissions.FirstAdmission.NONE;
        var recipient = invitation.recipient();
        return new CheckInAnswer(scan.id(), outcome.wire(), scan.seatsAdmitted(), scan.seatsLeft(), recipient.seats(),
                recipient.firstName(), invitation.number(), recipient.type(), first.at(), first.station(),
                replayed, scan.scannedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
