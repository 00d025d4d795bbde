package dev.usher.imports.control;

import dev.usher.guests.control.DuplicatePolicy;
import dev.usher.guests.control.GuestDuplicates;
import dev.usher.guests.control.GuestImportWrites;
import dev.usher.guests.entity.GuestData;
import dev.usher.jobs.boundary.RowError;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one chunk of checked rows to an event's guest list, inside the chunk's transaction:
 * each row decided by the guests area's one rule (against the list and the earlier rows, as a
 * single add and the JSON import are), then written by the guests area in statements over the
 * whole chunk ({@link GuestImportWrites}).
 */
@Dependent
public class ImportedGuests {

    @Inject
    GuestDuplicates duplicates;

    @Inject
    GuestImportWrites writes;

    /**
     * @param seen contacts met by earlier chunks of a dry run (nothing is written then, so
     *             the database cannot remember them); ignored otherwise
     */
    public ChunkOutcome write(ImportJob job, List<CheckedRow> rows, GuestDuplicates.Index seen) {
        if (!job.dryRun()) {
            duplicates.lockGuestList(job.eventId());
        }
        GuestDuplicates.Index taken = duplicates.addTaken(job.dryRun() ? seen : new GuestDuplicates.Index(),
                job.eventId(), rows.stream().map(CheckedRow::data).toList());
        Map<UUID, CheckedRow> inserts = new LinkedHashMap<>();
        Map<UUID, CheckedRow> merges = new LinkedHashMap<>();
        List<RowError> notes = new ArrayList<>();
        int duplicateCount = 0;
        int mergedCount = 0;
        for (CheckedRow row : rows) {
            GuestDuplicates.Decision decision = taken.decide(row.data(), job.policy());
            if (decision.isNew()) {
                inserts.put(decision.newGuestId(), row);
            } else if (job.policy() == DuplicatePolicy.update) {
                CheckedRow pending = inserts.get(decision.holder());
                if (pending != null) {
                    inserts.put(decision.holder(), merged(pending, row));
                } else {
                    merges.merge(decision.holder(), row, ImportedGuests::merged);
                }
                mergedCount++;
                notes.add(new RowError(row.number(), decision.matchedBy(),
                        "merged into guest " + decision.holder() + " (same " + decision.matchedBy() + ")"));
            } else {
                duplicateCount++;
                notes.add(new RowError(row.number(), decision.matchedBy(),
                        "skipped: same " + decision.matchedBy() + " as guest " + decision.holder()));
            }
        }
        if (!job.dryRun()) {
            writes.write(job.eventId(), job.startedBy(), job.importId(),
                    inserts.entrySet().stream().map(e -> new GuestImportWrites.ImportedGuest(e.getKey(),
                            e.getValue().number(), e.getValue().data())).toList(),
                    merges.entrySet().stream().map(e -> new GuestImportWrites.GuestMerge(e.getKey(),
                            e.getValue().data(), e.getValue().provided().contains(GuestField.status),
                            e.getValue().provided().contains(GuestField.partySize))).toList());
        }
        return new ChunkOutcome(inserts.size(), mergedCount, duplicateCount, notes);
    }

    /** Non-empty fields of the later row win; the rest keep the earlier values. */
    private static CheckedRow merged(CheckedRow earlier, CheckedRow later) {
        GuestData a = earlier.data();
        GuestData b = later.data();
        Set<GuestField> p = later.provided();
        GuestData data = new GuestData(
                p.contains(GuestField.firstName) || p.contains(GuestField.fullName) ? b.firstName() : a.firstName(),
                b.lastName() != null ? b.lastName() : a.lastName(),
                b.phone() != null ? b.phone() : a.phone(),
                b.email() != null ? b.email() : a.email(),
                b.side() != null ? b.side() : a.side(),
                p.contains(GuestField.status) ? b.status() : a.status(),
                p.contains(GuestField.partySize) ? b.partySize() : a.partySize(),
                b.notes() != null ? b.notes() : a.notes());
        EnumSet<GuestField> provided = EnumSet.noneOf(GuestField.class);
        provided.addAll(earlier.provided());
        provided.addAll(later.provided());
        return new CheckedRow(earlier.number(), data, provided);
    }
}
