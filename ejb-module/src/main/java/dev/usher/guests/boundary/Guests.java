package dev.usher.guests.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditLog;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.DuplicatePolicy;
import dev.usher.guests.control.GuestCsv;
import dev.usher.guests.control.GuestDuplicates;
import dev.usher.guests.control.GuestRules;
import dev.usher.platform.validation.InputValidator;
import dev.usher.guests.control.GuestSearch;
import dev.usher.guests.control.PhoneRegions;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.guests.entity.GuestStatusChange;
import dev.usher.guests.entity.StatusChangeSource;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import dev.usher.platform.validation.MergePatch;
import dev.usher.questions.control.AskedQuestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An event's guest list. Viewers read, editors add, change and import, admins delete. */
@Stateless
@RolesAllowed(Roles.USER)
public class Guests {

    /** Larger lists go through the file import job, which reports progress and can be restarted. */
    public static final int MAX_IMPORT_ROWS = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    GuestRules rules;

    @Inject
    GuestDuplicates duplicates;

    @Inject
    PhoneRegions regions;

    @Inject
    GuestSearch search;

    @Inject
    AskedQuestions questions;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    /**
     * Adds one guest. A guest with the phone or e-mail of an existing guest is refused
     * with 409 naming that guest, unless {@code allowDuplicate} says it is wanted.
     */
    @RequiresEventRole(EventRole.editor)
    public GuestView add(@EventId UUID eventId, GuestInput input, boolean allowDuplicate) {
        EventMember caller = access.member(eventId);
        GuestData data = accepted(input, caller.event());
        duplicates.lockGuestList(eventId);
        if (!allowDuplicate) {
            duplicates.index(eventId, List.of(data)).holderOf(data).ifPresent(existing -> {
                throw new ConflictException("A guest with this phone number or e-mail already exists",
                        Map.of("duplicateOf", existing));
            });
        }
        Guest guest = new Guest(caller.event(), caller.user(), data);
        em.persist(guest);
        audit.record(eventId, caller.user().id(), AuditActions.GUEST_CREATED, AuditActions.GUEST, guest.id(), null, GuestView.of(guest).toInput());
        return GuestView.of(guest);
    }

    @RequiresEventRole(EventRole.viewer)
    public Page<GuestView> list(@EventId UUID eventId, GuestFilter filter, String sort, PageRequest page) {
        return search.find(eventId, filter == null ? GuestFilter.ALL : filter, sort, page);
    }

    /** The whole guest list as CSV with a column per question, safe to open in a spreadsheet (see {@link GuestCsv}). */
    @RequiresEventRole(EventRole.viewer)
    public String exportCsv(@EventId UUID eventId) {
        return GuestCsv.write(em.createNamedQuery(Guest.FIND_BY_EVENT, Guest.class)
                .setParameter("eventId", eventId)
                .setHint(GuestSearch.BATCH, "g.members")
                .setHint(GuestSearch.BATCH, "g.answers")
                .setHint(GuestSearch.BATCH_TYPE, "IN")
                .getResultList(), questions.of(eventId));
    }

    @RequiresEventRole(EventRole.viewer)
    public GuestView get(@EventId UUID eventId, UUID guestId) {
        return GuestView.of(existing(eventId, guestId));
    }

    /** Applies a JSON merge patch; the merged guest is checked by the same rules as a new one. */
    @RequiresEventRole(EventRole.editor)
    public GuestView update(@EventId UUID eventId, UUID guestId, JsonObject changes) {
        Guest guest = existing(eventId, guestId);
        GuestInput was = GuestView.of(guest).toInput();
        GuestInput merged = MergePatch.apply(was, changes, GuestInput.class);
        GuestData data = accepted(merged, access.member(eventId).event());
        if (!guest.members().isEmpty() && data.partySize() != guest.data().partySize()) {
            throw new InvalidInputException("partySize", "follows the household (members invited by name + "
                    + "plus-ones allowed); change those instead");
        }
        GuestStatus before = guest.data().status();
        guest.apply(data);
        if (data.status() != before) {
            // A member's edit of the answer is an RSVP change like the guest's own: the feed and digests read it here.
            em.persist(new GuestStatusChange(guest, before, data.status(), StatusChangeSource.CONSOLE,
                    "set by " + access.member(eventId).user().email(), null, null, OffsetDateTime.now(ZoneOffset.UTC)));
        }
        audit.record(eventId, access.member(eventId).user().id(), AuditActions.GUEST_UPDATED, AuditActions.GUEST, guestId, was, GuestView.of(guest).toInput());
        em.flush();
        return GuestView.of(guest);
    }

    /** The organizer's note for the door staff (editors); blank clears it. */
    @RequiresEventRole(EventRole.editor)
    public GuestView setDoorNote(@EventId UUID eventId, UUID guestId, DoorNote note) {
        validator.check(note);
        Guest guest = existing(eventId, guestId);
        String was = guest.doorNote();
        guest.noteForTheDoor(note.doorNote());
        audit.record(eventId, access.member(eventId).user().id(), AuditActions.GUEST_UPDATED, AuditActions.GUEST, guestId, java.util.Collections.singletonMap("doorNote", was), java.util.Collections.singletonMap("doorNote", guest.doorNote()));
        em.flush();
        return GuestView.of(guest);
    }

    @RequiresEventRole(EventRole.admin)
    public void delete(@EventId UUID eventId, UUID guestId) {
        Guest guest = existing(eventId, guestId);
        audit.record(eventId, access.member(eventId).user().id(), AuditActions.GUEST_DELETED, AuditActions.GUEST, guestId, GuestView.of(guest).toInput(), null);
        em.remove(guest);
    }

    /**
     * Imports many guests in one transaction. Each row is checked by the same rules as a
     * single add; duplicates (against the list or an earlier row) are reported and not
     * inserted. With {@code atomic}, any invalid row fails the whole import with 422 and
     * nothing is written; otherwise the valid rows are inserted and the others reported.
     */
    @RequiresEventRole(EventRole.editor)
    public ImportReport importAll(@EventId UUID eventId, List<GuestInput> inputs, boolean atomic) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException("body", "must be a JSON array with at least one guest");
        }
        if (inputs.size() > MAX_IMPORT_ROWS) {
            throw new InvalidInputException("body", "has " + inputs.size() + " guests; at most " + MAX_IMPORT_ROWS
                    + " can be imported at once (use the file import for more)");
        }
        EventMember caller = access.member(eventId);
        String region = regions.forEvent(caller.event());
        List<GuestRules.Outcome> outcomes = inputs.stream().map(input -> rules.check(input, region)).toList();
        if (atomic) {
            rejectIfAnyInvalid(outcomes);
        }
        duplicates.lockGuestList(eventId);
        GuestDuplicates.Index taken = duplicates.index(eventId, outcomes.stream()
                .filter(GuestRules.Accepted.class::isInstance)
                .map(o -> ((GuestRules.Accepted) o).data())
                .toList());
        Map<UUID, Integer> rowOfNewGuest = new java.util.HashMap<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        List<Guest> toInsert = new ArrayList<>();
        int inserted = 0, duplicateCount = 0, invalid = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            int rowNumber = i + 1;
            GuestRules.Outcome outcome = outcomes.get(i);
            if (outcome instanceof GuestRules.Rejected rejected) {
                invalid++;
                rows.add(new ImportReport.Row(rowNumber, ImportReport.Outcome.invalid, null, null, null,
                        rejected.errors()));
                continue;
            }
            GuestData data = ((GuestRules.Accepted) outcome).data();
            GuestDuplicates.Decision decision = taken.decide(data, DuplicatePolicy.skip);
            if (!decision.isNew()) {
                duplicateCount++;
                Integer earlierRow = rowOfNewGuest.get(decision.holder());
                rows.add(new ImportReport.Row(rowNumber, ImportReport.Outcome.duplicate, null,
                        earlierRow == null ? decision.holder() : null, earlierRow, List.of()));
                continue;
            }
            Guest guest = new Guest(decision.newGuestId(), caller.event(), caller.user(), data);
            rowOfNewGuest.put(guest.id(), rowNumber);
            toInsert.add(guest);
            inserted++;
            rows.add(new ImportReport.Row(rowNumber, ImportReport.Outcome.inserted, guest.id(), null, null,
                    List.of()));
        }
        toInsert.forEach(em::persist);
        audit.record(eventId, caller.user().id(), AuditActions.GUEST_IMPORTED, AuditActions.GUEST, null, null, Map.of("rows", inputs.size(), "inserted", inserted, "duplicates", duplicateCount, "invalid", invalid));
        return new ImportReport(inputs.size(), inserted, duplicateCount, invalid, rows);
    }

    /** Atomic imports fail as a whole, naming every bad field as {@code [row].field} (rows from 1). */
    private static void rejectIfAnyInvalid(List<GuestRules.Outcome> outcomes) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof GuestRules.Rejected rejected) {
                int row = i + 1;
                rejected.errors().forEach(e -> errors.add(new FieldError("[" + row + "]." + e.field(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private GuestData accepted(GuestInput input, Event event) {
        GuestRules.Outcome outcome = rules.check(input, regions.forEvent(event));
        if (outcome instanceof GuestRules.Rejected rejected) {
            throw new InvalidInputException(rejected.errors());
        }
        return ((GuestRules.Accepted) outcome).data();
    }

    private Guest existing(UUID eventId, UUID guestId) {
        return em.createNamedQuery(Guest.FIND_BY_EVENT_AND_ID, Guest.class)
                .setParameter("eventId", eventId)
                .setParameter("guestId", guestId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Guest " + guestId + " not found in this event"));
    }
}
