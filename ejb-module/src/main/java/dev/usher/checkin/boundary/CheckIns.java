package dev.usher.checkin.boundary;

import dev.usher.checkin.control.Admissions;
import dev.usher.checkin.control.CheckInListStore;
import dev.usher.checkin.control.ListUndo;
import dev.usher.checkin.entity.CheckInList;
import dev.usher.checkin.control.DoorAccess;
import dev.usher.checkin.control.DoorQuery;
import dev.usher.checkin.control.DoorSearch;
import dev.usher.checkin.control.TokenReader;
import dev.usher.checkin.control.UndoWindow;
import dev.usher.checkin.entity.InvitationScan;
import dev.usher.checkin.entity.ScanOutcome;
import dev.usher.checkin.entity.ScanSource;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.control.PhoneRegions;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.invitations.entity.InvitationStatus;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import dev.usher.events.control.EventMembership;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.identity.control.UserAccounts;
import dev.usher.identity.entity.User;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.Recipient;
import dev.usher.offline.control.DoorCodes;
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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
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
 * of the event the station is bound to also gets answers for foreign and unknown codes. A
 * station's setup, its name search and its manual admissions apply {@link DoorAccess} to the
 * station's event; an undo, {@link UndoWindow}.
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
    UserAccounts accounts;

    @Inject
    EventMembership membership;

    @Inject
    Admissions admissions;

    @Inject
    InputValidator validator;

    @Inject
    DoorSearch doorSearch;

    @Inject
    EventGuests eventGuests;

    @Inject
    PhoneRegions phoneRegions;

    @Inject
    DoorCodes doorCodes;

    @Inject
    CheckInListStore lists;

    @Inject
    ListUndo listUndo;

    /** How long the staff member who admitted a guest may undo it at the station. */
    @Inject
    @ConfigProperty(name = "usher.checkin.undo-minutes", defaultValue = "5")
    int undoMinutes;

    public CheckInAnswer admit(CheckInRequest request) {
        validator.check(request);
        String token = TokenReader.read(request.token());
        Admissions.Lookup lookup = doorCodes.lookup(token);
        String device = device(request.device());
        UUID caller = callerId();
        UUID stationEvent = request.eventId();
        if (session.isCallerInRole(Roles.SCANNER)) {
            if (stationEvent != null && em.find(Event.class, stationEvent) == null) {
                throw new InvalidInputException("eventId", "no such event");
            }
        } else {
            requireDoorRole(lookup, stationEvent, caller);
        }
        InvitationScan.Attempt attempt = new InvitationScan.Attempt(request.station().strip(), stationEvent,
                caller, device, blankToNull(request.nonce()), ScanSource.scan);
        return decide(lookup, door(request.listId(), stationEvent, request.gate(), request.exit()), request.seats(),
                Boolean.TRUE.equals(request.askSeats()), attempt);
    }

    /**
     * Admits a guest door staff found by name or phone: the same statement and exactly-once rule
     * as a scan, for an invitation of the station's event only, recorded as {@code manual}.
     */
    public CheckInAnswer admitByName(ManualCheckInRequest request) {
        validator.check(request);
        String device = device(request.device());
        UUID caller = callerId();
        requireDoor(request.eventId(), caller);
        InvitationScan.Attempt attempt = new InvitationScan.Attempt(request.station().strip(), request.eventId(),
                caller, device, blankToNull(request.nonce()), ScanSource.manual);
        CheckInAnswer answer = decide(Admissions.Lookup.byId(request.invitationId(), request.eventId()),
                door(request.listId(), request.eventId(), request.gate(), false), request.seats(), false, attempt);
        if (answer.outcome().equals(ScanOutcome.unknown.wire())) {
            // Nothing was found in this event: an id of another event's invitation stays out of reach.
            throw new NotFoundException("Invitation " + request.invitationId() + " not found in this event");
        }
        return answer;
    }

    /**
     * Whether the caller may run a station at the door of this event (null: any event): the
     * station asks at setup, so a refusal is said once, with its reason, instead of at every scan.
     */
    public StationAccess stationAccess(UUID eventId) {
        return stationAccess(eventId, null);
    }

    /**
     * As {@link #stationAccess(UUID)}, for a station set to one of the event's check-in lists: a
     * list that is not the event's (or any list without an event) is refused at setup, naming listId.
     */
    public StationAccess stationAccess(UUID eventId, UUID listId) {
        UUID caller = callerId();
        boolean scanner = session.isCallerInRole(Roles.SCANNER);
        requireDoor(eventId, caller);
        Event event = eventId == null ? null : em.find(Event.class, eventId);
        if (eventId != null && event == null) {
            throw new NotFoundException("Event " + eventId + " not found");
        }
        List<CheckInList> eventLists = eventId == null ? List.of() : lists.forEvent(eventId);
        CheckInList chosen = listId == null ? eventLists.stream().filter(CheckInList::isDefault).findFirst().orElse(null)
                : eventLists.stream().filter(l -> l.id().equals(listId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("listId", "is not a check-in list of this station's event"));
        return new StationAccess(eventId, event == null ? null : event.name(), scanner ? "scanner" : "event-admin",
                undoMinutes, eventLists, chosen);
    }

    /** The event's invitations whose name contains the text, or whose phone is the number typed. */
    public List<DoorGuest> search(UUID eventId, String text) {
        if (eventId == null) {
            throw new InvalidInputException("eventId", "is required: a name is searched at one event's door");
        }
        requireDoor(eventId, callerId());
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new NotFoundException("Event " + eventId + " not found");
        }
        DoorQuery query = DoorQuery.of(text, phoneRegions.forEvent(event));
        List<DoorSearch.Found> found = doorSearch.find(eventId, query);
        Map<UUID, GuestStatus> rsvp = new HashMap<>();
        List<UUID> guestIds = found.stream().map(DoorSearch.Found::guestId).filter(Objects::nonNull).toList();
        if (!guestIds.isEmpty()) {
            eventGuests.among(eventId, guestIds).forEach(g -> rsvp.put(g.id(), g.data().status()));
        }
        return found.stream().map(f -> new DoorGuest(f.invitationId(), f.number(), f.name(), f.seats(),
                f.seats() - f.seatsAdmitted(), InvitationStatus.valueOf(f.status()),
                f.guestId() == null ? null : rsvp.get(f.guestId()))).toList();
    }

    /** Where the station stands; a list belongs to one event, so a station set to one names it. */
    private static Admissions.Door door(UUID listId, UUID stationEvent, String gate, Boolean exit) {
        if (listId != null && stationEvent == null) {
            throw new InvalidInputException("eventId", "is required with listId: a check-in list is one event's");
        }
        return new Admissions.Door(listId, blankToNull(gate), Boolean.TRUE.equals(exit));
    }

    private CheckInAnswer decide(Admissions.Lookup lookup, Admissions.Door door, Integer seats, boolean askSeats,
                                 InvitationScan.Attempt attempt) {
        // PostgreSQL keeps microseconds: answer with the time as stored, so a replay says the same.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Admissions.Recorded recorded = admissions.admit(lookup, door, seats, askSeats, attempt, now);
        if (recorded.replay()) {
            Invitation invitation = em.find(Invitation.class, recorded.code().id());
            InvitationScan earlier = em.createNamedQuery(InvitationScan.FIND_BY_NONCE, InvitationScan.class)
                    .setParameter("invitationId", invitation.id())
                    .setParameter("nonce", attempt.nonce())
                    .getSingleResult();
            return answer(invitation, earlier, true);
        }
        return answer(recorded, attempt.source());
    }

    /** The answer to an attempt recorded just now (or to a station that is to choose a count). */
    private CheckInAnswer answer(Admissions.Recorded scan, ScanSource source) {
        ScanOutcome outcome = scan.outcome();
        Admissions.Code code = scan.code();
        if (code == null || outcome == ScanOutcome.wrong_event || outcome == ScanOutcome.unknown) {
            // A code of another event, or none at all: nothing about its holder.
            return new CheckInAnswer(scan.scanId(), outcome.wire(), 0, null, null, null, null, null, null, null,
                    false, scan.scannedAt(), source.name(), null, null, 0, null, List.of(), null);
        }
        var recipient = new Recipient(code.recipientName(), code.email(), null, code.type(), null, code.seats());
        Guest guest = code.guestId() == null ? null : eventGuests.byId(code.guestId()).orElse(null);
        return new CheckInAnswer(scan.scanId(), outcome.wire(), scan.seatsAdmitted(), scan.seatsLeft(),
                recipient.seats(), recipient.firstName(), code.number(), recipient.type(), scan.firstUse().at(),
                scan.firstUse().station(), false, scan.scannedAt(), source.name(),
                guest == null ? null : guest.data().status(), guest == null ? null : guest.doorNote(),
                scan.seatsExited(), scan.seatsInside(), household(guest), code.expiresAt());
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
        boolean corrector = session.isCallerInRole(Roles.SUPER_ADMIN) || (invitation != null
                && membership.has(invitation.eventId(), caller.id(), EventRole.admin));
        boolean ownScan = caller.id().equals(scan.scannedBy());
        if (!corrector && !ownScan && !session.isCallerInRole(Roles.SCANNER)
                && (invitation == null || membership.find(invitation.eventId(), caller.id()).isEmpty())) {
            // Neither door staff nor a member of the code's event: the scan's existence stays hidden.
            throw new NotFoundException("Scan " + scanId + " not found");
        }
        UndoWindow.check(corrector, caller.id(), scan.scannedBy(), scan.scannedAt(),
                OffsetDateTime.now(ZoneOffset.UTC), Duration.ofMinutes(undoMinutes));
        if (invitation == null || scan.seatsAdmitted() == 0) {
            throw new ConflictException("Scan " + scanId + " admitted nobody; there is nothing to undo");
        }
        em.refresh(scan, LockModeType.PESSIMISTIC_WRITE);
        if (scan.revertedAt() != null) {
            throw new ConflictException("Scan " + scanId + " was already undone at " + scan.revertedAt());
        }
        scan.revert(caller.id());
        OptionalInt leftOnList = listUndo.giveBack(invitation.id(), scan.listId(), scan.seatsAdmitted());
        if (leftOnList.isEmpty()) {
            invitation.unadmit(scan.seatsAdmitted());
        }
        LOG.info(() -> "Admission " + scanId + " of invitation " + invitation.number() + " (" + scan.seatsAdmitted()
                + " seat(s), station " + scan.station() + ") undone by user " + caller.id());
        // The seats left on the scan's list: what the station that scanned there shows next.
        return new UndoneCheckIn(scanId, invitation.number(), scan.seatsAdmitted(),
                leftOnList.orElse(invitation.seatsLeft()), invitation.status());
    }

    /**
     * The caller's user id, read here rather than through the {@link Users} boundary: every scan
     * asks, and a second enterprise-bean call (its security and transaction interceptors) was a
     * measurable part of a scan's CPU.
     */
    private UUID callerId() {
        return accounts.callerId(session.getCallerPrincipal());
    }

    /** 403 with the reason unless the caller may admit at the door of this event (null: any). */
    private void requireDoor(UUID eventId, UUID caller) {
        boolean scanner = session.isCallerInRole(Roles.SCANNER);
        EventRole role = scanner ? null : membership.find(eventId, caller).map(EventMember::role).orElse(null);
        DoorAccess.refusal(scanner, eventId, role).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
    }

    private static String device(JsonObject device) {
        String text = device == null ? null : device.toString();
        if (text != null && text.length() > MAX_DEVICE_CHARS) {
            throw new InvalidInputException("device", "must be at most " + MAX_DEVICE_CHARS + " characters of JSON");
        }
        return text;
    }

    /**
     * Callers without the scanner role: an admin of the code's event may scan it; an admin of
     * the station's event may scan anything at that door (foreign codes are answered
     * wrong-event, unknown ones unknown). Anyone else learns nothing about the code.
     */
    private void requireDoorRole(Admissions.Lookup lookup, UUID stationEvent, UUID userId) {
        // A signed code names its event (verified); a plain token is looked up.
        List<UUID> codeEvent = lookup.token() == null ? List.of(lookup.eventId())
                : em.createQuery("select i.eventId from Invitation i where i.token = :token", UUID.class)
                .setParameter("token", lookup.token())
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
                    replayed, scan.scannedAt(), scan.source().name(), null, null, 0, null, List.of(), null);
        }
        Admissions.FirstAdmission first = outcome == ScanOutcome.already_used
                ? admissions.firstAdmission(invitation.id(), scan.listId(), invitation.scannedAt())
                : Admissions.FirstAdmission.NONE;
        var recipient = invitation.recipient();
        Guest guest = invitation.guestId() == null ? null : eventGuests.byId(invitation.guestId()).orElse(null);
        return new CheckInAnswer(scan.id(), outcome.wire(), scan.seatsAdmitted(), scan.seatsLeft(), recipient.seats(),
                recipient.firstName(), invitation.number(), recipient.type(), first.at(), first.station(),
                replayed, scan.scannedAt(), scan.source().name(), guest == null ? null : guest.data().status(),
                guest == null ? null : guest.doorNote(), scan.seatsExited(), null, household(guest),
                invitation.expiresAt());
    }

    /** The household's members by name, for the door to greet each; none for a guest without members. */
    private static List<DoorMember> household(Guest guest) {
        return guest == null ? List.of() : guest.members().stream()
                .map(m -> new DoorMember(m.name(), m.plusOne(), m.attending())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
