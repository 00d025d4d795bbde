package dev.usher.duplicates.boundary;

import dev.usher.guests.boundary.GuestView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A merge: who stayed, who went (by id and name), what moved, and until when it can be undone. */
@Schema(name = "GuestMerge")
public record MergeView(UUID id, UUID keptGuestId, List<UUID> mergedGuestIds,
                        @Schema(description = "The merged guests' names, as they were") List<String> mergedNames,
                        @Schema(description = "Rows moved to the kept guest, per kind (invitations, deliveries, ...)")
                        Map<String, Integer> moved,
                        OffsetDateTime mergedAt, OffsetDateTime undoUntil, OffsetDateTime undoneAt,
                        @Schema(description = "The kept guest now; null in a list of merges") GuestView kept) {
}
