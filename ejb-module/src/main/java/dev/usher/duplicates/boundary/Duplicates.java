package dev.usher.duplicates.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditChanges;
import dev.usher.audit.control.AuditLog;
import dev.usher.duplicates.control.Dismissals;
import dev.usher.duplicates.control.DuplicateFinder;
import dev.usher.duplicates.control.GuestMoves;
import dev.usher.duplicates.control.MergeRecords;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The duplicate manager of an event (editors and admins): likely duplicate guests found in SQL,
 * merged into one (undoable for {@link MergeRecords#UNDO_WINDOW}), or dismissed as different people.
 * A merge and its undo are one transaction each, and each is on the event's audit trail.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Duplicates {

    public static final int MAX_GROUPS = 500;
    public static final int MAX_GUESTS = 20;
    /** The fields a merge chooses, each from one of the guests. */
    public static final List<String> FIELDS = List.of("firstName", "lastName", "phone", "email", "side", "status",
            "partySize", "notes", "doorNote");

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    EventGuests guests;

    @Inject
    DuplicateFinder finder;

    @Inject
    GuestMoves moves;

    @Inject
    MergeRecords records;

    @Inject
    Dismissals dismissals;

    @Inject
    AuditLog audit;

    @RequiresEventRole(EventRole.editor)
    public DuplicateList find(@EventId UUID eventId, Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_GROUPS) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_GROUPS);
        }
        DuplicateFinder.Groups found = finder.find(eventId, max);
        Set<UUID> ids = new HashSet<>();
        found.groups().forEach(g -> ids.addAll(g.guestIds()));
        Map<UUID, GuestView> views = ids.isEmpty() ? Map.of() : guests.among(eventId, ids).stream()
                .collect(Collectors.toMap(Guest::id, GuestView::of));
        List<DuplicateGroup> groups = found.groups().stream().map(g -> new DuplicateGroup(g.reason(), g.key(), g.score(),
                explain(g), g.guestIds().stream().map(views::get).toList())).toList();
        return new DuplicateList(groups, found.total());
    }

    @RequiresEventRole(EventRole.editor)
    public int dismiss(@EventId UUID eventId, DismissalInput input) {
        List<UUID> ids = distinct(input == null ? null : input.guestIds(), "guestIds", 2);
        existing(eventId, ids);
        return dismissals.dismiss(eventId, ids, access.member(eventId).user().id());
    }

    @RequiresEventRole(EventRole.editor)
    public MergeView merge(@EventId UUID eventId, MergeInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "give keep, merge and fields");
        }
        if (input.keep() == null) {
            throw new InvalidInputException("keep", "the id of the guest that stays is required");
        }
        List<UUID> merged = distinct(input.merge(), "merge", 1);
        if (merged.contains(input.keep())) {
            throw new InvalidInputException("merge", "must not contain the kept guest");
        }
        List<UUID> all = new ArrayList<>(merged);
        all.add(0, input.keep());
        Map<String, UUID> fields = input.fields() == null ? Map.of() : input.fields();
        fields.forEach((name, from) -> {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("fields." + name, "not a field a merge chooses; one of " + FIELDS);
            }
            if (from == null || !all.contains(from)) {
                throw new InvalidInputException("fields." + name, "must be the id of the kept or a merged guest");
            }
        });
        UUID by = access.member(eventId).user().id();
        guests.hold(all);
        Map<UUID, Guest> byId = existing(eventId, all);
        if (moves.liveInvitationHolders(all) > 1) {
            throw new ConflictException("More than one of these guests holds an invitation that is not revoked;"
                    + " revoke the one not wanted first (a code a guest may carry is never revoked silently)");
        }
        Guest kept = byId.get(input.keep());
        Function<String, Guest> source = name -> byId.get(fields.getOrDefault(name, kept.id()));
        GuestData data = new GuestData(source.apply("firstName").data().firstName(), source.apply("lastName").data().lastName(),
                source.apply("phone").data().phone(), source.apply("email").data().email(),
                source.apply("side").data().side(), source.apply("status").data().status(),
                source.apply("partySize").data().partySize(), source.apply("notes").data().notes());
        String doorNote = source.apply("doorNote").doorNote();
        GuestData keptWas = kept.data();
        String doorNoteWas = kept.doorNote();

        JsonObject keptBefore = moves.row(kept.id());
        JsonObjectBuilder removed = Json.createObjectBuilder();
        JsonObjectBuilder moved = Json.createObjectBuilder();
        List<String> names = new ArrayList<>();
        em.flush();
        for (UUID id : merged) {
            Guest guest = byId.get(id);
            names.add(name(guest.data()));
            em.detach(guest);
            removed.add(id.toString(), moves.snapshot(id));
            moved.add(id.toString(), moves.move(id, kept.id()));
            moves.delete(id);
        }
        em.detach(kept); // its household and answers changed under it: read it again
        Guest now = guests.existing(eventId, kept.id());
        // No status change is written for a chosen status: the merged guest's history, now the kept guest's, says it.
        now.apply(data);
        now.noteForTheDoor(doorNote);
        now.resizeToHousehold();
        MergeRecords.Merge merge = records.write(eventId, kept.id(), merged, keptBefore, removed.build(), moved.build(), by);
        em.flush();
        GuestView after = GuestView.of(now);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("mergeId", merge.id().toString());
        entry.put("mergedGuestIds", merged.stream().map(UUID::toString).toList());
        entry.put("mergedNames", names);
        entry.put("fieldsChanged", changed(keptWas, doorNoteWas, now));
        audit.record(eventId, by, AuditActions.GUEST_MERGED, AuditActions.GUEST, kept.id(), null, entry);
        return view(merge, after);
    }

    @RequiresEventRole(EventRole.editor)
    public MergeView undo(@EventId UUID eventId, UUID mergeId) {
        MergeRecords.Merge merge = records.find(eventId, mergeId, true)
                .orElseThrow(() -> new NotFoundException("Merge " + mergeId + " not found in this event"));
        if (merge.undoneAt() != null) {
            throw new ConflictException("This merge was already undone at " + merge.undoneAt());
        }
        if (!merge.undoUntil().isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new ConflictException("This merge can no longer be undone: the window ended at " + merge.undoUntil());
        }
        UUID by = access.member(eventId).user().id();
        guests.hold(List.of(merge.keptGuestId()));
        em.flush();
        for (UUID id : merge.mergedGuestIds()) {
            moves.restore(id, merge.keptGuestId(), merge.removed().getJsonObject(id.toString()),
                    merge.moved().getJsonObject(id.toString()));
        }
        moves.restoreFields(merge.keptGuestId(), merge.keptBefore());
        records.undone(mergeId, by);
        Guest kept = guests.existing(eventId, merge.keptGuestId());
        audit.record(eventId, by, AuditActions.GUEST_MERGE_UNDONE, AuditActions.GUEST, kept.id(), null,
                Map.of("mergeId", mergeId.toString(),
                        "restoredGuestIds", merge.mergedGuestIds().stream().map(UUID::toString).toList()));
        return view(records.find(eventId, mergeId, false).orElseThrow(), GuestView.of(kept));
    }

    /** One merge of the event, undone or not. */
    @RequiresEventRole(EventRole.editor)
    public MergeView merge(@EventId UUID eventId, UUID mergeId) {
        return view(records.find(eventId, mergeId, false)
                .orElseThrow(() -> new NotFoundException("Merge " + mergeId + " not found in this event")), null);
    }

    /** The event's merges that can still be undone, newest first. */
    @RequiresEventRole(EventRole.editor)
    public List<MergeView> undoable(@EventId UUID eventId) {
        return records.undoable(eventId).stream().map(m -> view(m, null)).toList();
    }

    private Map<UUID, Guest> existing(UUID eventId, List<UUID> ids) {
        Map<UUID, Guest> found = guests.among(eventId, ids).stream().collect(Collectors.toMap(Guest::id, g -> g));
        for (UUID id : ids) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("Guest " + id + " not found in this event");
            }
        }
        return found;
    }

    private static List<UUID> distinct(List<UUID> ids, String field, int least) {
        if (ids == null || ids.size() < least || ids.size() > MAX_GUESTS) {
            throw new InvalidInputException(field, "must list " + least + " to " + MAX_GUESTS + " guest ids");
        }
        if (ids.contains(null) || new HashSet<>(ids).size() != ids.size()) {
            throw new InvalidInputException(field, "must list distinct guest ids");
        }
        return ids;
    }

    private static String explain(DuplicateFinder.Found group) {
        return switch (group.reason()) {
            case "phone" -> "Same phone number " + group.key();
            case "email" -> "Same e-mail address " + group.key();
            default -> "Similar names in the same side and family";
        };
    }

    private static String name(GuestData data) {
        return data.lastName() == null ? data.firstName() : data.firstName() + " " + data.lastName();
    }

    private static List<String> changed(GuestData before, String doorNoteBefore, Guest after) {
        List<String> names = new ArrayList<>(AuditChanges.of(before, after.data()).keySet());
        if (!Objects.equals(doorNoteBefore, after.doorNote())) {
            names.add("doorNote");
        }
        return names;
    }

    private static MergeView view(MergeRecords.Merge merge, GuestView kept) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (UUID id : merge.mergedGuestIds()) {
            JsonObject row = merge.removed().getJsonObject(id.toString()).getJsonObject("guests");
            String first = row.getString("first_name", "");
            JsonValue last = row.get("last_name");
            names.add(last == null || last.getValueType() == JsonValue.ValueType.NULL ? first
                    : first + " " + row.getString("last_name"));
            merge.moved().getJsonObject(id.toString()).forEach((table, rows) ->
                    counts.merge(table, rows.asJsonArray().size(), Integer::sum));
        }
        return new MergeView(merge.id(), merge.keptGuestId(), merge.mergedGuestIds(), names, counts, merge.mergedAt(),
                merge.undoUntil(), merge.undoneAt(), kept);
    }
}
